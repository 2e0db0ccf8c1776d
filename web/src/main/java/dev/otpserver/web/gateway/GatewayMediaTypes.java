package dev.otpserver.web.gateway;

import dev.otpserver.common.gateway.GatewayHeaders;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The gateway's own media types in place of the caller's, for the JAX-RS runtime behind it. The family's gateway
 * answers JSON whatever {@code Accept} says (the official SDKs send {@code text/plain,text/xml,text/javascript,text/html}),
 * and it has read the caller's {@code Content-Type} already; so the runtime must neither negotiate nor compress.
 */
final class GatewayMediaTypes {

    private GatewayMediaTypes() {
    }

    static void speakFor(MultivaluedMap<String, String> requestHeaders) {
        requestHeaders.putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        requestHeaders.putSingle(HttpHeaders.CONTENT_TYPE, GatewayHeaders.JSON_UTF8);
        requestHeaders.remove(HttpHeaders.ACCEPT_ENCODING);
        requestHeaders.remove(HttpHeaders.CONTENT_ENCODING);
    }
}
