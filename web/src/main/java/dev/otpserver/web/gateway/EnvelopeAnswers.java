package dev.otpserver.web.gateway;

import dev.otpserver.common.gateway.GatewayHeaders;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;

/**
 * Every answer of the signed gateway is HTTP 200 with an envelope in JSON, since its callers treat anything else
 * as a transport fault: a status the JAX-RS runtime chose (no such path, an unexpected failure) becomes the
 * family's result code ({@link EndpointStatus}). {@link AnswerSigner} then signs the bytes.
 */
@Provider
public class EnvelopeAnswers implements ContainerResponseFilter {

    private static final MediaType JSON_UTF8 = MediaType.valueOf(GatewayHeaders.JSON_UTF8);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(SignedExchange.PROPERTY) instanceof SignedExchange)) {
            return;
        }
        if (response.getStatus() != 200) {
            String correlationId = response.getHeaderString(EndpointStatus.CORRELATION_HEADER);
            response.setEntity(EndpointStatus.toEnvelope(response.getStatus(), correlationId), new Annotation[0], JSON_UTF8);
            response.setStatus(200);
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, GatewayHeaders.JSON_UTF8);
    }
}
