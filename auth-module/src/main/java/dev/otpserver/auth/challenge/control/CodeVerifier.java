package dev.otpserver.auth.challenge.control;

import static dev.otpserver.common.result.ResultCode.AUTHENTICATION_REQUEST_ID_INVALID;
import static dev.otpserver.common.result.ResultCode.INVALID_ACCESS_TOKEN;
import static dev.otpserver.common.result.ResultCode.USER_NOT_EXIST;
import static dev.otpserver.common.result.ResultCode.USER_STATUS_ABNORMAL;

import dev.otpserver.auth.challenge.control.CodeCheck.Verdict;
import dev.otpserver.auth.challenge.control.WrongCodeBudget.Standing;
import dev.otpserver.auth.challenge.entity.Challenge;
import dev.otpserver.auth.user.control.UserStore;
import dev.otpserver.auth.user.entity.EndUser;
import dev.otpserver.auth.user.entity.UserStatus;
import dev.otpserver.common.result.ResultCode;
import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a code against its challenge, with the challenge row and then its user locked: concurrent attempts
 * queue up, every wrong one is counted (on the challenge and in the user's budget of wrong codes), and at
 * most one right one passes. The outcome is returned, not thrown, because a counted attempt must be
 * committed even when it fails; only a spent budget is thrown, since nothing was counted then.
 */
@Stateless
public class CodeVerifier {

    @Inject
    ChallengeStore challenges;

    @Inject
    UserStore users;

    @Inject
    CodeHasher hasher;

    @Inject
    WrongCodeBudget budget;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    public ResultCode verify(String clientId, String requestId, String candidate) {
        Optional<Challenge> found = challenges.lockForVerification(clientId, requestId);
        if (found.isEmpty()) {
            return AUTHENTICATION_REQUEST_ID_INVALID;
        }
        Challenge challenge = found.get();
        Instant now = clock.instant();
        Standing standing = budget.unspent(clientId, Optional.of(CodeHolder.user(challenge.userId())), now, OtpMetrics.Dialect.WALLET);
        boolean matches = hasher.matches(challenge.challengeId(), candidate, challenge.code().codeHash());
        Verdict verdict = CodeCheck.verdict(challenge.code(), matches, now, () -> holderProblem(challenge, now));
        budget.settle(standing, verdict, now);
        metrics.codeChecked(OtpMetrics.Dialect.WALLET, verdict.outcome() == ResultCode.SUCCESS);
        return verdict.outcome();
    }

    /** The token and the user behind the challenge must still be good when the code comes back. */
    private Optional<ResultCode> holderProblem(Challenge challenge, Instant now) {
        Optional<EndUser> user = users.find(challenge.userId()).filter(EndUser::exists);
        if (user.isEmpty()) {
            return Optional.of(USER_NOT_EXIST);
        }
        if (user.get().status() != UserStatus.NORMAL) {
            return Optional.of(USER_STATUS_ABNORMAL);
        }
        boolean tokenGood = users.token(challenge.tokenHash())
                .map(token -> token.validFor(token.clientId(), now)).orElse(false);
        return tokenGood ? Optional.empty() : Optional.of(INVALID_ACCESS_TOKEN);
    }
}
