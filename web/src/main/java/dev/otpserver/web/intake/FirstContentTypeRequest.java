package dev.otpserver.web.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** A request whose several {@code Content-Type} headers, if it has several, read as the first alone. */
final class FirstContentTypeRequest extends BufferedBodyRequest {

    FirstContentTypeRequest(HttpServletRequest request, byte[] body) {
        super(request, body);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (!"Content-Type".equalsIgnoreCase(name)) {
            return super.getHeaders(name);
        }
        String first = getHeader(name);
        return Collections.enumeration(first == null ? List.of() : List.of(first));
    }
}
