package dev.otpserver.common.gateway;

import dev.otpserver.common.time.RequestTime;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * A request whose signature the gateway has verified: the partner it comes from and its parsed body.
 *
 * @param clientName          the partner's name for people
 * @param connectedCustomerId the customer a partner acts for ({@code Connected-CustomerId}), if any
 * @param accessToken         the OAuth {@code Access-Token}, if any; never log it
 */
public record AuthenticatedCall(
        String clientId,
        String clientName,
        int keyVersion,
        RequestTime requestTime,
        JsonObject body,
        Optional<String> connectedCustomerId,
        Optional<String> accessToken) {

    @Override
    public String toString() {
        return "AuthenticatedCall[clientId=" + clientId + ", keyVersion=" + keyVersion + "]";
    }
}
