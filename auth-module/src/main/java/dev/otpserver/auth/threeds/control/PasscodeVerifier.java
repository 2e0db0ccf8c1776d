package dev.otpserver.auth.threeds.control;

import static dev.otpserver.common.result.ResultCode.AUTHENTICATION_REQUEST_ID_INVALID;

import dev.otpserver.auth.challenge.control.CodeCheck;
import dev.otpserver.auth.challenge.control.CodeCheck.Verdict;
import dev.otpserver.auth.challenge.control.CodeHasher;
import dev.otpserver.auth.challenge.control.CodeHolder;
import dev.otpserver.auth.challenge.control.WrongCodeBudget;
import dev.otpserver.auth.challenge.control.WrongCodeBudget.Standing;
import dev.otpserver.auth.threeds.entity.ThreeDsChallenge;
import dev.otpserver.common.result.ResultCode;
import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a passcode with the challenge row locked, and then the cardholder's phone when known: concurrent
 * attempts queue up, every wrong one is counted (on the challenge and in the phone's budget of wrong codes),
 * at most one right one passes. The outcome is returned, not thrown, so that a counted attempt is committed.
 */
@Stateless
public class PasscodeVerifier {

    @Inject
    ThreeDsStore store;

    @Inject
    CodeHasher hasher;

    @Inject
    WrongCodeBudget budget;

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
        Instant now = clock.instant();
        Standing standing = budget.unspent(clientId, challenge.phoneHash().map(CodeHolder::phone), now, OtpMetrics.Dialect.THREEDS);
        boolean matches = hasher.matches(challenge.challengeId(), candidate, challenge.code().codeHash());
        Verdict verdict = CodeCheck.verdict(challenge.code(), matches, now, Optional::empty);
        budget.settle(standing, verdict, now);
        metrics.codeChecked(OtpMetrics.Dialect.THREEDS, verdict.outcome() == ResultCode.SUCCESS);
        return verdict.outcome();
    }
}
