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
     * The challenge of a request id, locked with its user until the transaction ends, in one round trip: the order
     * in which every verification locks them (the code, then its holder), and the user is then in the persistence
     * context, locked and read with it, for the budget of wrong codes and the user's checks.
     */
    public Optional<Challenge> lockWithUser(String clientId, String requestId) {
        return entityManager
                .createQuery(
                        "SELECT c, u FROM Challenge c JOIN EndUser u ON u.userId = c.userId"
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
