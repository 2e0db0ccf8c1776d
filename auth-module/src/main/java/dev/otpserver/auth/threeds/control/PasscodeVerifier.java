package dev.otpserver.auth.threeds.control;

import static dev.otpserver.common.result.ResultCode.AUTHENTICATION_REQUEST_ID_INVALID;

import dev.otpserver.auth.otp.control.CodeCheck.Verdict;
import dev.otpserver.auth.otp.control.CodeHolder;
import dev.otpserver.auth.otp.control.OneTimeCodes;
import dev.otpserver.auth.otp.control.OneTimeCodes.Trial;
import dev.otpserver.auth.threeds.entity.ThreeDsChallenge;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.result.ResultCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks a passcode with the engine; its wrong values count in the budget of the cardholder's phone when the
 * request named one. The outcome is returned, not thrown, so that a counted attempt is committed.
 */
@Stateless
public class PasscodeVerifier {

    @Inject
    OneTimeCodes codes;

    @Inject
    Clock clock;

    public ResultCode verify(String clientId, String requestId, String candidate) {
        Optional<ThreeDsChallenge> found = codes.lockForVerification(ThreeDsChallenge.class, clientId, requestId);
        if (found.isEmpty()) {
            return AUTHENTICATION_REQUEST_ID_INVALID;
        }
        ThreeDsChallenge challenge = found.get();
        Trial trial = new Trial(
                clientId,
                challenge.phoneHash().map(CodeHolder::phone),
                challenge,
                candidate,
                OtpMetrics.Dialect.THREEDS);
        return codes.check(trial, clock.instant(), Optional::empty)
                .map(Verdict::outcome)
                .orElseThrow(() -> codes.spentBudget(clientId));
    }
}
