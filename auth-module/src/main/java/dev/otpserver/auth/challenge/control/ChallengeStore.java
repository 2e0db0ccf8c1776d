package dev.otpserver.auth.challenge.control;

import dev.otpserver.auth.challenge.control.OtpPolicy.RecentSends;
import dev.otpserver.auth.challenge.entity.Challenge;
import dev.otpserver.auth.challenge.entity.InitRequest;
import dev.otpserver.common.notification.DeliveryChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Challenges and the answers given to initAuthentication request ids. */
@ApplicationScoped
public class ChallengeStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public void add(Challenge challenge) {
        entityManager.persist(challenge);
    }

    /** The challenge, locked until the transaction ends, so that concurrent verifications queue up. */
    public Optional<Challenge> lockForVerification(String clientId, String requestId) {
        return entityManager.createQuery(
                        "SELECT c FROM Challenge c WHERE c.clientId = :clientId AND c.requestId = :requestId", Challenge.class)
                .setParameter("clientId", clientId)
                .setParameter("requestId", requestId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** How many codes went to the user on the channel since {@code since}, and when the last one went. */
    public RecentSends recentSends(String userId, DeliveryChannel channel, Instant since) {
        Object[] row = entityManager.createQuery("SELECT COUNT(c), MAX(c.createdAt) FROM Challenge c"
                        + " WHERE c.userId = :userId AND c.channel = :channel AND c.createdAt > :since", Object[].class)
                .setParameter("userId", userId)
                .setParameter("channel", channel)
                .setParameter("since", since)
                .getSingleResult();
        return new RecentSends(((Number) row[0]).longValue(), Optional.ofNullable((Instant) row[1]));
    }

    public Optional<InitRequest> initRequest(String clientId, String requestId) {
        return Optional.ofNullable(entityManager.find(InitRequest.class, new InitRequest.Key(clientId, requestId)));
    }

    /** Writes the answer at once, so that a concurrent twin of the request waits for it or collides with it. */
    public void add(InitRequest answer) {
        entityManager.persist(answer);
        entityManager.flush();
    }
}
