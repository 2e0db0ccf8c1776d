package dev.otpserver.auth.wallet.boundary;

import dev.otpserver.common.gateway.BodyFields;
import dev.otpserver.common.notification.DeliveryChannel;
import jakarta.json.JsonObject;

/** The body of initAuthentication (seed 002), checked field by field. */
public record InitAuthentication(String authenticationRequestId, DeliveryChannel channel, String walletToken) {

    enum AuthenticationType {
        OTP
    }

    enum UserIdentityType {
        WALLET_TOKEN
    }

    public static InitAuthentication from(JsonObject body) {
        BodyFields fields = BodyFields.of(body);
        fields.requiredEnum("authenticationType", 16, AuthenticationType.class);
        String requestId = fields.required("authenticationRequestId", 64);
        DeliveryChannel channel = fields.requiredEnum("authenticationChannelType", 16, DeliveryChannel.class);
        fields.requiredEnum("userIdentityType", 16, UserIdentityType.class);
        String token = fields.required("userIdentityValue", 128);
        return new InitAuthentication(requestId, channel, token);
    }

    @Override
    public String toString() {
        return "InitAuthentication[" + authenticationRequestId + " by " + channel + "]";
    }
}
