package dev.otpserver.auth.wallet.control;

import dev.otpserver.auth.otp.control.OtpPolicy.RecentSends;
import dev.otpserver.auth.wallet.entity.Challenge;
import dev.otpserver.common.notification.DeliveryChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Wallet challenges. */
@ApplicationScoped
public class ChallengeStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

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
