package dev.otpserver.web.intake;

import dev.otpserver.common.gateway.GatewayHeaders;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A request of the signed gateway. The gateway checks the caller's {@code Content-Type} itself, the first one
 * ({@link #getHeader}); the JAX-RS runtime reads every header's values ({@link #getHeaders}) before any of its
 * filters runs, and refuses two of them (the Go SDK sends two) or a malformed one with a bare 400 that no dialect
 * could answer: it is shown the gateway's own media type instead.
 */
final class GatewayMediaTypeRequest extends BufferedBodyRequest {

    GatewayMediaTypeRequest(HttpServletRequest request, byte[] body) {
        super(request, body);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (!GatewayHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || getHeader(name) == null) {
            return super.getHeaders(name);
        }
        return Collections.enumeration(List.of(GatewayHeaders.JSON_UTF8));
    }
}
