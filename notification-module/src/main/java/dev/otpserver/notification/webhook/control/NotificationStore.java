package dev.otpserver.notification.webhook.control;

import dev.otpserver.common.persistence.QueueScans;
import dev.otpserver.notification.webhook.entity.NotificationAttempt;
import dev.otpserver.notification.webhook.entity.NotificationStatus;
import dev.otpserver.notification.webhook.entity.PartnerNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Partner notifications and their attempts. */
@ApplicationScoped
public class NotificationStore {

    /** Same SQL on PostgreSQL and H2; SKIP LOCKED lets every node claim without waiting on the others. */
    static final String CLAIM_DUE = "SELECT * FROM ntf_webhook"
            + " WHERE status = 'PENDING' AND next_attempt_at <= ?1"
            + " ORDER BY next_attempt_at FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public void add(PartnerNotification notification) {
        entityManager.persist(notification);
    }

    /** Due notifications, locked by the current transaction until it commits; read in one round trip. */
    public List<PartnerNotification> lockDue(Instant now, int limit) {
        QueueScans.inIndexOrder(entityManager);
        @SuppressWarnings("unchecked")
        List<PartnerNotification> due = entityManager
                .createNativeQuery(String.format(CLAIM_DUE, limit), PartnerNotification.class)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        return due;
    }

    /** The notifications of these ids that exist, in one round trip (a native query: no plan to make per count of ids). */
    public List<PartnerNotification> findAll(Collection<String> notificationIds) {
        @SuppressWarnings("unchecked")
        List<PartnerNotification> found = entityManager
                .createNativeQuery("SELECT * FROM ntf_webhook WHERE notification_id IN (?1)", PartnerNotification.class)
                .setParameter(1, notificationIds)
                .getResultList();
        return found;
    }

    public Optional<PartnerNotification> find(String notificationId) {
        return Optional.ofNullable(entityManager.find(PartnerNotification.class, notificationId));
    }

    public List<PartnerNotification> withStatus(NotificationStatus status, int limit) {
        return entityManager
                .createQuery(
                        "SELECT n FROM PartnerNotification n WHERE n.status = :status" + " ORDER BY n.createdAt DESC",
                        PartnerNotification.class)
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
    }

    public void record(NotificationAttempt attempt) {
        entityManager.persist(attempt);
    }

    public List<NotificationAttempt> attempts(String notificationId) {
        return entityManager
                .createQuery(
                        "SELECT a FROM NotificationAttempt a WHERE a.notificationId = :id" + " ORDER BY a.attemptedAt",
                        NotificationAttempt.class)
                .setParameter("id", notificationId)
                .getResultList();
    }

    /** Dead letters keep their passcode only while it could still be used, for a replay; then it goes. */
    public int scrubExpiredDeadLetters(Instant now) {
        return entityManager
                .createQuery("UPDATE PartnerNotification n SET n.sealedBody = NULL WHERE n.status = :dead"
                        + " AND n.sealedBody IS NOT NULL AND n.challengeExpiresAt < :now")
                .setParameter("dead", NotificationStatus.DEAD)
                .setParameter("now", now)
                .executeUpdate();
    }
}
