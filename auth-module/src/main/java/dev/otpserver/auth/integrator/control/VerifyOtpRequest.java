package dev.otpserver.auth.integrator.control;

import dev.otpserver.common.gsp.GspFields;
import dev.otpserver.common.gsp.RequestHeader;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** A checked verifyOtp body: the requestId of the sendOtp it follows, and the code the user typed. */
public record VerifyOtpRequest(RequestHeader header, String sendOtpRequestId, String otp) {

    public static VerifyOtpRequest from(JsonObject body, Instant now, Duration window) {
        GspFields fields = GspFields.of(body);
        RequestHeader header = RequestHeader.of(fields, now, window);
        return new VerifyOtpRequest(header, fields.required("sendOtpRequestId", 100), fields.required("otp", 32));
    }

    public String[] fingerprintParts() {
        return new String[] {"gsp-verify", header.requestId(), sendOtpRequestId, otp};
    }

    @Override
    public String toString() {
        return "VerifyOtpRequest[" + header.requestId() + " for " + sendOtpRequestId + "]";
    }
}
