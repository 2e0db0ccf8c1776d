package dev.otpserver.common.gateway;

import jakarta.enterprise.context.RequestScoped;

/**
 * The verified call of the current HTTP request, set by the gateway filter before any endpoint runs,
 * so that endpoints take the caller from here and never from unverified headers.
 */
@RequestScoped
public class GatewayRequest {

    private AuthenticatedCall call;

    public void authenticated(AuthenticatedCall authenticatedCall) {
        this.call = authenticatedCall;
    }

    public AuthenticatedCall call() {
        if (call == null) {
            throw new IllegalStateException(
                    "No verified gateway call in this request: is the endpoint behind the gateway filter?");
        }
        return call;
    }
}
