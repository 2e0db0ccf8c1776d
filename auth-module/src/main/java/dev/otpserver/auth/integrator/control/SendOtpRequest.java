package dev.otpserver.auth.integrator.control;

import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.gsp.GspFields;
import dev.otpserver.common.gsp.RequestHeader;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A checked sendOtp body: exactly one of accountPhoneNumber and associationId, an 11-character
 * smsMatchingToken, and an otpContext object (its members are empty objects naming the purpose; unknown
 * ones are accepted, since the caller may add purposes). The phone number's format is checked by the
 * issuer, because a malformed one is a decline (INVALID_PHONE_NUMBER), not an error.
 */
public record SendOtpRequest(
        RequestHeader header,
        String smsMatchingToken,
        JsonObject otpContext,
        Optional<String> accountPhoneNumber,
        Optional<String> associationId) {

    public static final int SMS_MATCHING_TOKEN_LENGTH = 11;

    public static SendOtpRequest from(JsonObject body, Instant now, Duration window) {
        GspFields fields = GspFields.of(body);
        RequestHeader header = RequestHeader.of(fields, now, window);
        String token = fields.required("smsMatchingToken", 64);
        if (token.length() != SMS_MATCHING_TOKEN_LENGTH) {
            throw GspException.invalid(
                    "smsMatchingToken", "must be exactly " + SMS_MATCHING_TOKEN_LENGTH + " characters.");
        }
        JsonObject context = fields.requiredObject("otpContext").json();
        Optional<String> phone = fields.optional("accountPhoneNumber", 32);
        Optional<String> association = fields.optional("associationId", 100);
        if (phone.isPresent() == association.isPresent()) {
            throw phone.isPresent()
                    ? GspException.invalid("accountPhoneNumber", "and associationId exclude each other: send one.")
                    : GspException.missing("accountPhoneNumber or associationId");
        }
        return new SendOtpRequest(header, token, context, phone, association);
    }

    /** Everything the answer depends on; requestTimestamp changes on retries and is left out. */
    public String[] fingerprintParts() {
        return new String[] {
            "gsp-send",
            header.requestId(),
            smsMatchingToken,
            otpContext.toString(),
            accountPhoneNumber.orElse(""),
            associationId.orElse("")
        };
    }

    @Override
    public String toString() {
        return "SendOtpRequest[" + header.requestId() + (associationId.isPresent() ? " by association" : " by phone")
                + "]";
    }
}
