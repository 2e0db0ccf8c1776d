package dev.otpserver.web.intake;

import dev.otpserver.common.gateway.GatewayHeaders;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A request of the signed gateway. The gateway checks the caller's {@code Content-Type} itself, the first one
 * ({@link #getHeader}); the JAX-RS runtime reads the media type before any of its filters runs (Jersey every value
 * of the header, RESTEasy {@link #getContentType}) and refuses two of them (the Go SDK sends two) or a malformed one
 * with a bare 400 that no dialect could answer: it is shown the gateway's own media type instead.
 */
final class GatewayMediaTypeRequest extends BufferedBodyRequest {

    GatewayMediaTypeRequest(HttpServletRequest request, byte[] body) {
        super(request, body);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (!GatewayHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || !typed()) {
            return super.getHeaders(name);
        }
        return Collections.enumeration(List.of(GatewayHeaders.JSON_UTF8));
    }

    @Override
    public String getContentType() {
        return typed() ? GatewayHeaders.JSON_UTF8 : super.getContentType();
    }

    @Override
    public String getCharacterEncoding() {
        return typed() ? StandardCharsets.UTF_8.name() : super.getCharacterEncoding();
    }

    private boolean typed() {
        return getHeader(GatewayHeaders.CONTENT_TYPE) != null;
    }
}
