package dev.otpserver.auth.wallet.control;

import static dev.otpserver.common.result.ResultCode.AUTHENTICATION_REQUEST_ID_INVALID;
import static dev.otpserver.common.result.ResultCode.INVALID_ACCESS_TOKEN;
import static dev.otpserver.common.result.ResultCode.USER_NOT_EXIST;
import static dev.otpserver.common.result.ResultCode.USER_STATUS_ABNORMAL;

import dev.otpserver.auth.otp.control.CodeCheck.Verdict;
import dev.otpserver.auth.otp.control.CodeHolder;
import dev.otpserver.auth.otp.control.OneTimeCodes;
import dev.otpserver.auth.otp.control.OneTimeCodes.Trial;
import dev.otpserver.auth.user.control.UserStore;
import dev.otpserver.auth.user.entity.EndUser;
import dev.otpserver.auth.user.entity.UserStatus;
import dev.otpserver.auth.wallet.entity.Challenge;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.replay.RequestSightings;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.result.ResultCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a code against its wallet challenge with the engine, the user's token and status checked while the
 * code is pending. The outcome is returned, not thrown, because a counted attempt must be committed even when
 * it fails; only a spent budget is thrown, since nothing was counted then.
 */
@Stateless
public class CodeVerifier {

    @Inject
    OneTimeCodes codes;

    @Inject
    UserStore users;

    @Inject
    ChallengeStore challenges;

    @Inject
    Clock clock;

    @Inject
    RequestSightings sightings;

    /** @throws GatewayException PARAM_ILLEGAL for a replay of the request, VERIFY_TIMES_EXCEED_LIMIT for a spent budget */
    public ResultCode verify(String clientId, String requestId, String candidate) {
        sightings.recordInTransaction();
        Optional<Challenge> found = challenges.lockWithHolder(clientId, requestId);
        if (found.isEmpty()) {
            return AUTHENTICATION_REQUEST_ID_INVALID;
        }
        Challenge challenge = found.get();
        Instant now = clock.instant();
        Trial trial = new Trial(
                clientId,
                Optional.of(CodeHolder.user(challenge.userId())),
                challenge,
                candidate,
                OtpMetrics.Dialect.WALLET);
        return codes.check(trial, now, () -> holderProblem(challenge, now))
                .map(Verdict::outcome)
                .orElseThrow(() -> codes.spentBudget(clientId));
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
                .map(token -> token.validFor(token.clientId(), now))
                .orElse(false);
        return tokenGood ? Optional.empty() : Optional.of(INVALID_ACCESS_TOKEN);
    }
}
