package dev.otpserver.auth.threeds.control;

import static dev.otpserver.common.result.ResultCode.AUTHENTICATION_REQUEST_ID_INVALID;

import dev.otpserver.auth.challenge.control.CodeCheck;
import dev.otpserver.auth.challenge.control.CodeHasher;
import dev.otpserver.auth.threeds.entity.ThreeDsChallenge;
import dev.otpserver.common.result.ResultCode;
import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks a passcode with the challenge row locked: concurrent attempts queue up, every wrong one is counted,
 * at most one right one passes. The outcome is returned, not thrown, so that a counted attempt is committed.
 */
@Stateless
public class PasscodeVerifier {

    @Inject
    ThreeDsStore store;

    @Inject
    CodeHasher hasher;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    public ResultCode verify(String clientId, String requestId, String candidate) {
        Optional<ThreeDsChallenge> found = store.lockForVerification(clientId, requestId);
        if (found.isEmpty()) {
            return AUTHENTICATION_REQUEST_ID_INVALID;
        }
        ThreeDsChallenge challenge = found.get();
        boolean matches = hasher.matches(challenge.challengeId(), candidate, challenge.code().codeHash());
        ResultCode outcome = CodeCheck.verdict(challenge.code(), matches, clock.instant(), Optional::empty).outcome();
        metrics.codeChecked(OtpMetrics.Dialect.THREEDS, outcome == ResultCode.SUCCESS);
        return outcome;
    }
}
