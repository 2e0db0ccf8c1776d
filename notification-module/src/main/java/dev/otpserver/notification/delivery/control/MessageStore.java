package dev.otpserver.notification.delivery.control;

import dev.otpserver.common.persistence.QueueScans;
import dev.otpserver.notification.delivery.entity.DeliveryAttempt;
import dev.otpserver.notification.delivery.entity.QueuedMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The outbox table: queue, lock due messages for this node alone, record attempts. */
@ApplicationScoped
public class MessageStore {

    /** Same SQL on PostgreSQL and H2; SKIP LOCKED lets every node drain without waiting on the others. */
    static final String LOCK_NEXT_DUE = "SELECT * FROM ntf_message"
            + " WHERE status = 'QUEUED' AND next_attempt_at <= ?1"
            + " ORDER BY next_attempt_at FETCH FIRST 1 ROW ONLY FOR UPDATE SKIP LOCKED";

    /** Messages just queued, sent promptly but for those a drain already holds. */
    static final String LOCK_IF_DUE = "SELECT * FROM ntf_message"
            + " WHERE message_id IN (?1) AND status = 'QUEUED' AND next_attempt_at <= ?2 FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public void add(QueuedMessage message) {
        entityManager.persist(message);
    }

    /** The oldest due message that no other transaction holds, locked by the current one until it commits. */
    public Optional<QueuedMessage> lockNextDue(Instant now) {
        QueueScans.inIndexOrder(entityManager);
        @SuppressWarnings("unchecked")
        List<QueuedMessage> due = entityManager
                .createNativeQuery(LOCK_NEXT_DUE, QueuedMessage.class)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        return due.stream().findFirst();
    }

    /**
     * Those of the messages that are due and that no other transaction holds, locked by the current one until it
     * commits, in one round trip.
     */
    public List<QueuedMessage> lockIfDue(Collection<String> messageIds, Instant now) {
        @SuppressWarnings("unchecked")
        List<QueuedMessage> due = entityManager
                .createNativeQuery(LOCK_IF_DUE, QueuedMessage.class)
                .setParameter(1, messageIds)
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        return due;
    }

    public Optional<QueuedMessage> find(String messageId) {
        return Optional.ofNullable(entityManager.find(QueuedMessage.class, messageId));
    }

    /** The message a gateway accepted under that id; receipts name messages this way. */
    public Optional<QueuedMessage> findByProviderMessageId(String providerMessageId) {
        return entityManager
                .createQuery("SELECT m FROM QueuedMessage m WHERE m.providerMessageId = :id", QueuedMessage.class)
                .setParameter("id", providerMessageId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public void record(DeliveryAttempt attempt) {
        entityManager.persist(attempt);
    }

    /**
     * Drops these destinations from every message and from what its gateways answered. One statement per table, so
     * that a message a sender finishes meanwhile is read again once it is final: a final one loses its destination
     * now, a queued one as soon as it is final ({@link QueuedMessage}).
     *
     * @return how many messages had one of them
     */
    public int eraseDestinations(Collection<String> destinations) {
        entityManager
                .createNativeQuery("UPDATE ntf_attempt SET detail = NULL WHERE message_id IN"
                        + " (SELECT message_id FROM ntf_message WHERE destination IN (?1))")
                .setParameter(1, destinations)
                .executeUpdate();
        return entityManager
                .createNativeQuery("UPDATE ntf_message SET erase_destination = TRUE,"
                        + " destination = CASE WHEN status = 'QUEUED' THEN destination ELSE ?2 END,"
                        + " last_error = CASE WHEN status = 'QUEUED' THEN last_error ELSE NULL END"
                        + " WHERE destination IN (?1)")
                .setParameter(1, destinations)
                .setParameter(2, QueuedMessage.ERASED)
                .executeUpdate();
    }
}
