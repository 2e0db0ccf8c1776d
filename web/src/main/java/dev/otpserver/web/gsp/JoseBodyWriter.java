package dev.otpserver.web.gsp;

import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Writes every answer of the dialect, an error too: signed with the server's key and encrypted to the caller once it
 * is known, plain JSON before (see {@link IntegratorAnswer#wire}), with its own media type and length; and measures
 * the request's latency, whole.
 */
@Provider
@Produces({IntegratorMediaType.JOSE, "application/json"})
@ApplicationScoped
public class JoseBodyWriter implements MessageBodyWriter<IntegratorAnswer> {

    @Context
    HttpServletRequest servlet;

    @Inject
    ServerJoseKeys serverKeys;

    @Inject
    OtpMetrics metrics;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == IntegratorAnswer.class;
    }

    @Override
    public void writeTo(
            IntegratorAnswer answer,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream)
            throws IOException {
        Optional<IntegratorExchange> exchange = IntegratorExchange.of(servlet);
        IntegratorAnswer.Wire wire = answer.wire(exchange.flatMap(IntegratorExchange::call), serverKeys.signingKey());
        httpHeaders.putSingle(HttpHeaders.CONTENT_TYPE, wire.mediaType());
        httpHeaders.putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(wire.bytes().length));
        entityStream.write(wire.bytes());
        exchange.ifPresent(taken -> metrics.requestTook(taken.operation(), taken.took()));
    }
}
