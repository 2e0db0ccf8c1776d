package dev.otpserver.auth.integrator.control;

import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.auth.challenge.control.CodeCheck;
import dev.otpserver.auth.challenge.control.CodeCheck.Verdict;
import dev.otpserver.auth.challenge.control.CodeHasher;
import dev.otpserver.auth.challenge.control.CodeHolder;
import dev.otpserver.auth.challenge.control.WrongCodeBudget;
import dev.otpserver.auth.challenge.control.WrongCodeBudget.Standing;
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
    IntegratorStore store;

    @Inject
    EarlierAnswers earlierAnswers;

    @Inject
    CodeHasher hasher;

    @Inject
    WrongCodeBudget budget;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    public JsonObject verify(Caller caller, VerifyOtpRequest request, String fingerprint) {
        Exchange.Key key = new Exchange.Key(caller.clientId(), IntegratorMethod.VERIFY_OTP, request.header().requestId());
        Optional<JsonObject> earlier = earlierAnswers.of(key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        IntegratorOtp otp = store.lockForVerification(caller.clientId(), request.sendOtpRequestId())
                .orElseThrow(() -> new GspException(ErrorResponseCode.INVALID_IDENTIFIER,
                        "sendOtpRequestId: no sendOtp with requestId " + request.sendOtpRequestId() + " is known for this caller."));
        Instant now = clock.instant();
        VerifyOtpResult result = judge(caller, otp, request.otp(), now);
        metrics.codeChecked(OtpMetrics.Dialect.PAYMENT_INTEGRATOR, result == VerifyOtpResult.SUCCESS);
        JsonObject answer = JsonDocuments.json().createObjectBuilder()
                .add("paymentIntegratorVerifyOtpId", UUID.randomUUID().toString())
                .add("result", result.name())
                .build();
        store.add(new Exchange(key, fingerprint, answer.toString(), now));
        return answer;
    }

    /** A used code is OTP_ALREADY_USED whatever the value; a spent budget matches nothing, as a locked code. */
    private VerifyOtpResult judge(Caller caller, IntegratorOtp otp, String candidate, Instant now) {
        if (otp.code().status() == ChallengeStatus.VERIFIED) {
            return VerifyOtpResult.OTP_ALREADY_USED;
        }
        Standing standing = budget.standing(caller.clientId(), Optional.of(holder(otp)), now);
        if (standing.spent()) {
            metrics.rateLimited(OtpMetrics.Dialect.PAYMENT_INTEGRATOR);
            return VerifyOtpResult.OTP_NOT_MATCHED;
        }
        boolean matches = hasher.matches(otp.otpId(), candidate, otp.code().codeHash());
        Verdict verdict = CodeCheck.verdict(otp.code(), matches, now, Optional::empty);
        budget.settle(standing, verdict, now);
        return VerifyOtpResult.of(verdict.outcome());
    }

    /** The associated user when the code went by associationId, else the phone number. */
    private static CodeHolder holder(IntegratorOtp otp) {
        return otp.userId().map(CodeHolder::user).orElseGet(() -> CodeHolder.phone(otp.destinationHash()));
    }
}
