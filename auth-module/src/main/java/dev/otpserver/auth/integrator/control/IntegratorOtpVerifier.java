package dev.otpserver.auth.integrator.control;

import dev.otpserver.auth.integrator.entity.Exchange;
import dev.otpserver.auth.integrator.entity.IntegratorMethod;
import dev.otpserver.auth.integrator.entity.IntegratorOtp;
import dev.otpserver.auth.otp.control.CodeHolder;
import dev.otpserver.auth.otp.control.IdempotentAnswers;
import dev.otpserver.auth.otp.control.OneTimeCodes;
import dev.otpserver.auth.otp.control.OneTimeCodes.Trial;
import dev.otpserver.auth.otp.entity.ChallengeStatus;
import dev.otpserver.common.gsp.CallerKeyDirectory.Caller;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a code with its row locked, and then its holder (the associated user, or the phone number), and keeps
 * the answer for the verifyOtp requestId in the same transaction: concurrent attempts queue up, every wrong
 * one is counted (on the code and in the holder's budget of wrong codes), at most one right one passes.
 * A used code is OTP_ALREADY_USED whatever value comes with it; expired and locked codes, and any code of a
 * holder whose budget is spent, never match. A requestId already answered gets that answer, found in the same
 * transaction.
 */
@Stateless
public class IntegratorOtpVerifier {

    @Inject
    EarlierAnswers earlierAnswers;

    @Inject
    IdempotentAnswers answers;

    @Inject
    OneTimeCodes codes;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    public JsonObject verify(Caller caller, VerifyOtpRequest request, String fingerprint) {
        Exchange.Key key = new Exchange.Key(
                caller.clientId(), IntegratorMethod.VERIFY_OTP, request.header().requestId());
        Optional<JsonObject> earlier = earlierAnswers.of(key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        IntegratorOtp otp = codes.lockForVerification(
                        IntegratorOtp.class, caller.clientId(), request.sendOtpRequestId())
                .orElseThrow(() -> new GspException(
                        ErrorResponseCode.INVALID_IDENTIFIER,
                        "sendOtpRequestId: no sendOtp with requestId " + request.sendOtpRequestId()
                                + " is known for this caller."));
        Instant now = clock.instant();
        VerifyOtpResult result = judge(caller, otp, request.otp(), now);
        JsonObject answer = JsonDocuments.json()
                .createObjectBuilder()
                .add("paymentIntegratorVerifyOtpId", UUID.randomUUID().toString())
                .add("result", result.name())
                .build();
        answers.keep(new Exchange(key, fingerprint, answer.toString(), now));
        return answer;
    }

    /** A used code is OTP_ALREADY_USED whatever the value; a spent budget matches nothing, as a locked code. */
    private VerifyOtpResult judge(Caller caller, IntegratorOtp otp, String candidate, Instant now) {
        if (otp.code().status() == ChallengeStatus.VERIFIED) {
            return unchecked(VerifyOtpResult.OTP_ALREADY_USED);
        }
        Trial trial = new Trial(
                caller.clientId(), Optional.of(holder(otp)), otp, candidate, OtpMetrics.Dialect.PAYMENT_INTEGRATOR);
        return codes.check(trial, now, Optional::empty)
                .map(verdict -> VerifyOtpResult.of(verdict.outcome()))
                .orElseGet(() -> unchecked(VerifyOtpResult.OTP_NOT_MATCHED));
    }

    /** An answer given without asking the engine still counts as a checked code that did not pass. */
    private VerifyOtpResult unchecked(VerifyOtpResult result) {
        metrics.codeChecked(OtpMetrics.Dialect.PAYMENT_INTEGRATOR, false);
        return result;
    }

    /** The associated user when the code went by associationId, else the phone number. */
    private static CodeHolder holder(IntegratorOtp otp) {
        return otp.userId().map(CodeHolder::user).orElseGet(() -> CodeHolder.phone(otp.destinationHash()));
    }
}
