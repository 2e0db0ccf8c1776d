package dev.otpserver.auth.wallet.boundary;

import dev.otpserver.common.gateway.BodyFields;
import jakarta.json.JsonObject;

/** The body of verifyAuthentication (seed 001), checked field by field. */
public record VerifyAuthentication(String authenticationRequestId, String authenticationValue) {

    enum AuthenticationType {
        OTP
    }

    public static VerifyAuthentication from(JsonObject body) {
        BodyFields fields = BodyFields.of(body);
        fields.requiredEnum("authenticationType", 16, AuthenticationType.class);
        return new VerifyAuthentication(
                fields.required("authenticationRequestId", 64), fields.required("authenticationValue", 256));
    }

    @Override
    public String toString() {
        return "VerifyAuthentication[" + authenticationRequestId + "]";
    }
}
