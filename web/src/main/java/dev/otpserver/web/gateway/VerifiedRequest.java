package dev.otpserver.web.gateway;

import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.web.intake.BufferedBodyRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The request as the endpoints behind the gateway see it: the very bytes whose signature the gateway verified,
 * and the gateway's own media types in place of the caller's. The family's gateway answers JSON whatever
 * {@code Accept} says (the official SDKs send {@code text/plain,text/xml,text/javascript,text/html}), and it has
 * read the caller's {@code Content-Type} already; so the JAX-RS runtime must neither negotiate nor compress.
 */
class VerifiedRequest extends BufferedBodyRequest {

    /** Headers the gateway speaks for, by lower-case name; a null value hides the caller's. */
    private static final Map<String, String> GATEWAY_HEADERS = gatewayHeaders();

    VerifiedRequest(HttpServletRequest request, byte[] body) {
        super(request, body);
    }

    private static Map<String, String> gatewayHeaders() {
        Map<String, String> headers = new TreeMap<>();
        headers.put("accept", "application/json");
        headers.put("content-type", GatewayHeaders.JSON_UTF8);
        headers.put("accept-encoding", null);
        headers.put("content-encoding", null);
        return Collections.unmodifiableMap(headers);
    }

    @Override
    public String getHeader(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return GATEWAY_HEADERS.containsKey(key) ? GATEWAY_HEADERS.get(key) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!GATEWAY_HEADERS.containsKey(key)) {
            return super.getHeaders(name);
        }
        String value = GATEWAY_HEADERS.get(key);
        return Collections.enumeration(value == null ? Set.of() : Set.of(value));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String name : Collections.list(super.getHeaderNames())) {
            if (!GATEWAY_HEADERS.containsKey(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        GATEWAY_HEADERS.forEach((name, value) -> {
            if (value != null) {
                names.add(name);
            }
        });
        return Collections.enumeration(names);
    }

    @Override
    public String getContentType() {
        return GatewayHeaders.JSON_UTF8;
    }

    @Override
    public String getCharacterEncoding() {
        return StandardCharsets.UTF_8.name();
    }
}
