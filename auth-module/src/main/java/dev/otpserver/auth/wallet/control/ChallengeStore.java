package dev.otpserver.auth.wallet.control;

import dev.otpserver.auth.otp.control.OtpPolicy.RecentSends;
import dev.otpserver.auth.wallet.entity.Challenge;
import dev.otpserver.common.notification.DeliveryChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Wallet challenges. */
@ApplicationScoped
public class ChallengeStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    /**
     * The challenge of a request id, locked with its wallet token and its user until the transaction ends, in one
     * round trip, so that the budget of wrong codes and the checks of the token and the user find them in the
     * persistence context. The rows are locked in the order of the query, the token before its user as issuing
     * a code locks them ({@code UserStore.lockHolderOf}), so that the two cannot deadlock. A challenge is made
     * only for a token that exists, and tokens are revoked, never deleted.
     */
    public Optional<Challenge> lockWithHolder(String clientId, String requestId) {
        return entityManager
                .createQuery(
                        "SELECT c, t, u FROM Challenge c JOIN WalletToken t ON t.tokenHash = c.tokenHash"
                                + " JOIN EndUser u ON u.userId = c.userId"
                                + " WHERE c.clientId = :clientId AND c.requestId = :requestId",
                        Object[].class)
                .setParameter("clientId", clientId)
                .setParameter("requestId", requestId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(row -> (Challenge) row[0]);
    }

    public void add(Challenge challenge) {
        entityManager.persist(challenge);
    }

    /** How many codes went to the user on the channel since {@code since}, and when the last one went. */
    public RecentSends recentSends(String userId, DeliveryChannel channel, Instant since) {
        Object[] row = entityManager
                .createQuery(
                        "SELECT COUNT(c), MAX(c.createdAt) FROM Challenge c"
                                + " WHERE c.userId = :userId AND c.channel = :channel AND c.createdAt > :since",
                        Object[].class)
                .setParameter("userId", userId)
                .setParameter("channel", channel)
                .setParameter("since", since)
                .getSingleResult();
        return new RecentSends(((Number) row[0]).longValue(), Optional.ofNullable((Instant) row[1]));
    }
}
