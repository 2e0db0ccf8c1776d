package dev.otpserver.auth.wallet.control;

import static dev.otpserver.common.result.ResultCode.AUTHENTICATION_CHANNEL_UNAVAILABLE;
import static dev.otpserver.common.result.ResultCode.INVALID_ACCESS_TOKEN;
import static dev.otpserver.common.result.ResultCode.SEND_TIMES_EXCEED_LIMIT;
import static dev.otpserver.common.result.ResultCode.USER_NOT_EXIST;
import static dev.otpserver.common.result.ResultCode.USER_STATUS_ABNORMAL;

import dev.otpserver.auth.otp.control.IdempotentAnswers;
import dev.otpserver.auth.otp.control.OneTimeCodes;
import dev.otpserver.auth.otp.control.OneTimeCodes.Fresh;
import dev.otpserver.auth.otp.control.OtpPolicies;
import dev.otpserver.auth.otp.control.OtpPolicy;
import dev.otpserver.auth.otp.control.OtpPolicy.RecentSends;
import dev.otpserver.auth.user.control.UserStore;
import dev.otpserver.auth.user.control.UserStore.TokenHolder;
import dev.otpserver.auth.user.control.WalletTokens;
import dev.otpserver.auth.user.entity.EndUser;
import dev.otpserver.auth.user.entity.UserStatus;
import dev.otpserver.auth.user.entity.WalletToken;
import dev.otpserver.auth.wallet.entity.Challenge;
import dev.otpserver.auth.wallet.entity.InitRequest;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.Destinations;
import dev.otpserver.common.notification.InvalidDestinationException;
import dev.otpserver.common.notification.MessageKind;
import dev.otpserver.common.notification.MessageOutbox;
import dev.otpserver.common.notification.OutboundMessage;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.result.Result;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Issues a code in one transaction: the answer to the request id, the challenge and the message to the user
 * are written together, or none of them is. A request id already answered is found in the same transaction,
 * not in one of its own before, which would cost a second transaction per request: the answer is written first,
 * unless the request id has one, and read only then.
 */
@Stateless
public class CodeIssuer {

    private static final Logger LOG = Logger.getLogger(CodeIssuer.class.getName());

    @Inject
    ChallengeStore challenges;

    @Inject
    IdempotentAnswers answers;

    @Inject
    InitRequests initRequests;

    @Inject
    UserStore users;

    @Inject
    WalletTokens tokens;

    @Inject
    OtpPolicies policies;

    @Inject
    OneTimeCodes codes;

    @Inject
    MessageOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    /** What the caller asked for: a code for the owner of a wallet token, by one channel. */
    public record Issue(
            String clientId,
            String clientName,
            String requestId,
            DeliveryChannel channel,
            String walletToken,
            String fingerprint) {

        @Override
        public String toString() {
            return "Issue[" + clientId + "/" + requestId + " by " + channel + "]";
        }
    }

    /** @throws AlreadyAnswered when the request id has its final answer: nothing is issued again */
    public void issue(Issue issue) {
        Instant now = clock.instant();
        if (!initRequests.keepIfNew(issue.clientId(), issue.requestId(), issue.fingerprint(), Result.success(), now)) {
            throw answers.find(InitRequest.class, new InitRequest.Key(issue.clientId(), issue.requestId()))
                    .map(AlreadyAnswered::new)
                    .orElseThrow();
        }
        TokenHolder holder = users.lockHolderOf(tokens.storedHashes(issue.walletToken()))
                .filter(candidate -> candidate.token().validFor(issue.clientId(), now))
                .orElseThrow(() -> new GatewayException(INVALID_ACCESS_TOKEN));
        WalletToken token = holder.token();
        EndUser user = holder.user();
        if (!user.exists()) {
            throw new GatewayException(USER_NOT_EXIST);
        }
        if (user.status() != UserStatus.NORMAL) {
            throw new GatewayException(USER_STATUS_ABNORMAL);
        }
        String destination = (issue.channel() == DeliveryChannel.EMAIL ? user.email() : user.phone())
                .orElseThrow(() -> new GatewayException(AUTHENTICATION_CHANNEL_UNAVAILABLE));
        OtpPolicy policy = policies.of(issue.clientId(), issue.channel());
        requireSendAllowed(user, issue.channel(), policy, now);
        Fresh code = codes.issue(policy, now);
        challenges.add(new Challenge(
                code.codeId(),
                issue.clientId(),
                issue.requestId(),
                user.userId(),
                token.tokenHash(),
                issue.channel(),
                code.code(),
                now));
        send(issue, user, destination, code);
        metrics.codeIssued(OtpMetrics.Dialect.WALLET);
        LOG.info(() -> "Issued a code for request " + issue.requestId() + " of client " + issue.clientId() + " to "
                + Destinations.masked(destination) + " by " + issue.channel());
    }

    private void requireSendAllowed(EndUser user, DeliveryChannel channel, OtpPolicy policy, Instant now) {
        RecentSends recent = challenges.recentSends(user.userId(), channel, now.minus(policy.sendWindow()));
        boolean tooMany = policy.sentTooMany(recent);
        boolean tooSoon = policy.sentTooSoon(recent, now);
        if (tooMany || tooSoon) {
            metrics.rateLimited(OtpMetrics.Dialect.WALLET);
            throw new GatewayException(
                    SEND_TIMES_EXCEED_LIMIT,
                    tooSoon
                            ? "A code was sent less than "
                                    + policy.sendInterval().toSeconds() + " seconds ago; try again later."
                            : "At most " + policy.sendLimit() + " codes per "
                                    + policy.sendWindow().toMinutes() + " minutes; try again later.");
        }
    }

    private void send(Issue issue, EndUser user, String destination, Fresh code) {
        try {
            outbox.enqueue(new OutboundMessage(
                    issue.clientId(),
                    issue.channel(),
                    destination,
                    user.locale(),
                    MessageKind.OTP_CODE,
                    code.messageValues(issue.clientName())));
        } catch (InvalidDestinationException unusable) {
            throw new GatewayException(
                    AUTHENTICATION_CHANNEL_UNAVAILABLE, "The user's destination for this channel is not usable.");
        }
    }
}
