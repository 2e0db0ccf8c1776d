package dev.otpserver.web.gsp;

import dev.otpserver.common.gateway.GatewaySettings;
import dev.otpserver.common.gsp.CallerKeyDirectory;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.gsp.GspSettings;
import dev.otpserver.web.intake.IntakeRefusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Reads a request body of the dialect ({@code application/jose}) as an {@link IntegratorCall}: decrypted with the
 * server's keys and verified against the callers' keys ({@link RequestOpener}), within the body limits, uncompressed;
 * the call is kept on the exchange, so that any answer from here on is sealed to its caller. What the caller declared
 * is read from the servlet request, as sent; the JAX-RS runtime is shown the dialect's own media type.
 */
@Provider
@Consumes(IntegratorMediaType.JOSE)
@ApplicationScoped
public class JoseBodyReader implements MessageBodyReader<IntegratorCall> {

    @Context
    HttpServletRequest servlet;

    @Inject
    GspSettings settings;

    @Inject
    GatewaySettings gatewaySettings;

    @Inject
    ServerJoseKeys serverKeys;

    @Inject
    CallerKeyDirectory callers;

    private RequestOpener opener;

    @PostConstruct
    void createOpener() {
        opener = new RequestOpener(serverKeys, callers, settings.plainJsonCaller());
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == IntegratorCall.class;
    }

    @Override
    public IntegratorCall readFrom(
            Class<IntegratorCall> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        return open(servlet, entityStream.readNBytes(gatewaySettings.maxBodyBytes() + 1));
    }

    /** Also for an empty body, which a JAX-RS runtime may not hand to a reader at all. */
    IntegratorCall open(HttpServletRequest request, byte[] body) {
        String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
            throw new GspException(
                    ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                    "Content-Encoding " + encoding.trim() + " is not supported: send the JWE uncompressed.");
        }
        Optional<IntakeRefusal> refused = IntakeRefusal.of(request);
        if (refused.isPresent()) {
            throw new GspException(
                    ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION, refused.get().message());
        }
        if (body.length > gatewaySettings.maxBodyBytes()) {
            throw new GspException(
                    ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                    "The body is larger than " + gatewaySettings.maxBodyBytes() + " bytes.");
        }
        IntegratorCall call = opener.open(request.getHeader(HttpHeaders.CONTENT_TYPE), body);
        IntegratorExchange.of(request).ifPresent(exchange -> exchange.opened(call));
        return call;
    }
}
