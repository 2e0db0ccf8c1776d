package dev.otpserver.common.gateway;

import java.util.function.UnaryOperator;

/**
 * A request as it reached the gateway, before anything is trusted.
 *
 * @param uri     path and query string as sent, host excluded: what the caller signed
 * @param headers header value by name (case-insensitive), or null when absent
 * @param body    the raw body bytes as received
 */
public record IncomingCall(String method, String uri, UnaryOperator<String> headers, byte[] body) {

    public String header(String name) {
        return headers.apply(name);
    }
}
