package dev.otpserver.auth.challenge.control;

import static dev.otpserver.common.result.ResultCode.AUTHENTICATION_REQUEST_ID_INVALID;
import static dev.otpserver.common.result.ResultCode.INVALID_ACCESS_TOKEN;
import static dev.otpserver.common.result.ResultCode.SUCCESS;
import static dev.otpserver.common.result.ResultCode.USER_NOT_EXIST;
import static dev.otpserver.common.result.ResultCode.USER_STATUS_ABNORMAL;
import static dev.otpserver.common.result.ResultCode.VERIFY_TIMES_EXCEED_LIMIT;
import static dev.otpserver.common.result.ResultCode.VERIFY_UNMATCHED;

import dev.otpserver.auth.challenge.entity.Challenge;
import dev.otpserver.auth.user.control.UserStore;
import dev.otpserver.auth.user.entity.EndUser;
import dev.otpserver.auth.user.entity.UserStatus;
import dev.otpserver.common.result.ResultCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a code against its challenge, with the challenge row locked: concurrent attempts queue up, every
 * wrong one is counted, and at most one right one passes. The outcome is returned, not thrown, because a
 * counted attempt must be committed even when it fails.
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
    Clock clock;

    public ResultCode verify(String clientId, String requestId, String candidate) {
        Optional<Challenge> found = challenges.lockForVerification(clientId, requestId);
        if (found.isEmpty()) {
            return AUTHENTICATION_REQUEST_ID_INVALID;
        }
        Challenge challenge = found.get();
        boolean matches = hasher.matches(challenge.challengeId(), candidate, challenge.codeHash());
        return switch (challenge.status()) {
            case VERIFIED -> matches ? SUCCESS : AUTHENTICATION_REQUEST_ID_INVALID;
            case LOCKED -> VERIFY_TIMES_EXCEED_LIMIT;
            case PENDING -> attempt(challenge, matches, clock.instant());
        };
    }

    private ResultCode attempt(Challenge challenge, boolean matches, Instant now) {
        Optional<ResultCode> holderProblem = holderProblem(challenge, now);
        if (holderProblem.isPresent()) {
            return holderProblem.get();
        }
        if (challenge.expiredAt(now)) {
            return VERIFY_UNMATCHED;
        }
        if (matches) {
            challenge.verified(now);
            return SUCCESS;
        }
        challenge.failedAttempt();
        return VERIFY_UNMATCHED;
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
