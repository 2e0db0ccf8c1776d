package dev.otpserver.auth.integrator.control;

import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.auth.challenge.control.CodeCheck;
import dev.otpserver.auth.challenge.control.CodeHasher;
import dev.otpserver.auth.challenge.entity.ChallengeStatus;
import dev.otpserver.auth.integrator.entity.Exchange;
import dev.otpserver.auth.integrator.entity.IntegratorMethod;
import dev.otpserver.auth.integrator.entity.IntegratorOtp;
import dev.otpserver.common.gsp.CallerKeyDirectory.Caller;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a code with its row locked, and keeps the answer for the verifyOtp requestId in the same
 * transaction: concurrent attempts queue up, every wrong one is counted, at most one right one passes.
 * A used code is OTP_ALREADY_USED whatever value comes with it; expired and locked codes never match.
 */
@Stateless
public class IntegratorOtpVerifier {

    @Inject
    IntegratorStore store;

    @Inject
    CodeHasher hasher;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    public JsonObject verify(Caller caller, VerifyOtpRequest request, String fingerprint) {
        IntegratorOtp otp = store.lockForVerification(caller.clientId(), request.sendOtpRequestId())
                .orElseThrow(() -> new GspException(ErrorResponseCode.INVALID_IDENTIFIER,
                        "sendOtpRequestId: no sendOtp with requestId " + request.sendOtpRequestId() + " is known for this caller."));
        Instant now = clock.instant();
        VerifyOtpResult result = otp.code().status() == ChallengeStatus.VERIFIED
                ? VerifyOtpResult.OTP_ALREADY_USED
                : VerifyOtpResult.of(CodeCheck.verdict(otp.code(), hasher.matches(otp.otpId(), request.otp(), otp.code().codeHash()),
                        now, Optional::empty).outcome());
        metrics.codeChecked(OtpMetrics.Dialect.PAYMENT_INTEGRATOR, result == VerifyOtpResult.SUCCESS);
        JsonObject answer = JsonDocuments.json().createObjectBuilder()
                .add("paymentIntegratorVerifyOtpId", UUID.randomUUID().toString())
                .add("result", result.name())
                .build();
        store.add(new Exchange(new Exchange.Key(caller.clientId(), IntegratorMethod.VERIFY_OTP, request.header().requestId()),
                fingerprint, answer.toString(), now));
        return answer;
    }
}
