package dev.otpserver.web.intake;

import dev.otpserver.common.gateway.GatewayHeaders;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A request of a dialect that judges the caller's {@code Content-Type} itself, from the first one ({@link #getHeader}):
 * the signed gateway, the payment-integrator API. The JAX-RS runtime reads the media type before any of its filters
 * runs (Jersey every value of the header, RESTEasy {@link #getContentType}) and refuses two of them (the Go SDK sends
 * two) or a malformed one with a bare 400 that no dialect could answer: it is shown the dialect's own media type
 * instead.
 */
final class DialectMediaTypeRequest extends BufferedBodyRequest {

    private final String mediaType;

    DialectMediaTypeRequest(HttpServletRequest request, byte[] body, String mediaType) {
        super(request, body);
        this.mediaType = mediaType;
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (!GatewayHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || !typed()) {
            return super.getHeaders(name);
        }
        return Collections.enumeration(List.of(mediaType));
    }

    @Override
    public String getContentType() {
        return typed() ? mediaType : super.getContentType();
    }

    @Override
    public String getCharacterEncoding() {
        return typed() ? StandardCharsets.UTF_8.name() : super.getCharacterEncoding();
    }

    private boolean typed() {
        return getHeader(GatewayHeaders.CONTENT_TYPE) != null;
    }
}
