package dev.otpserver.auth.threeds.boundary;

import dev.otpserver.common.gateway.BodyFields;
import jakarta.json.JsonObject;

/** The body of verifyChallenge. */
public record VerifyChallenge(String challengeRequestId, String passcode) {

    public static VerifyChallenge from(JsonObject body) {
        BodyFields fields = BodyFields.of(body);
        return new VerifyChallenge(fields.required("challengeRequestId", 64), fields.required("passcode", 10));
    }

    @Override
    public String toString() {
        return "VerifyChallenge[" + challengeRequestId + "]";
    }
}
