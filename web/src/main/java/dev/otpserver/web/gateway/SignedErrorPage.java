package dev.otpserver.web.gateway;

import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.gateway.ResponseSigner;
import dev.otpserver.common.gateway.ResponseSigner.SignedHeaders;
import dev.otpserver.common.result.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page for a request to the signed gateway. A failure the JAX-RS runtime does not map (an
 * {@link Error}, or one thrown while an answer is written) ends in the container's error dispatch rather than in
 * {@link SignedAnswerWriter}; it is answered here as the gateway answers everything: HTTP 200, the envelope, signed.
 */
@ApplicationScoped
public class SignedErrorPage {

    private static final Logger LOG = Logger.getLogger(SignedErrorPage.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ResponseSigner signer;

    /** False, and nothing written, when the failed request was not one of the gateway's. */
    public boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String failedUri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failedUri == null
                || !SignedPaths.covers(
                        failedUri.substring(request.getContextPath().length()))) {
            return false;
        }
        byte[] body = JSON.toJson(envelope(request)).getBytes(StandardCharsets.UTF_8);
        SignedHeaders signed = SignedExchange.ofErrorDispatch(request).sign(signer, body);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(GatewayHeaders.JSON_UTF8);
        response.setHeader(GatewayHeaders.ANSWER_CLIENT_ID, signed.clientId());
        response.setHeader(GatewayHeaders.ANSWER_RESPONSE_TIME, signed.responseTime());
        response.setHeader(GatewayHeaders.ANSWER_SIGNATURE, signed.signature());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return true;
    }

    /** A server failure is logged once, with its stack trace, under the correlation id that the caller is given. */
    private static Envelope envelope(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (status < HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            return EndpointStatus.toEnvelope(status, null);
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure in the gateway, correlation id " + correlationId, (Throwable)
                request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        return EndpointStatus.toEnvelope(status, correlationId);
    }
}
