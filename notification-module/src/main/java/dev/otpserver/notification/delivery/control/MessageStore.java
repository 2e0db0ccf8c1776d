package dev.otpserver.notification.delivery.control;

import dev.otpserver.notification.delivery.entity.DeliveryAttempt;
import dev.otpserver.notification.delivery.entity.QueuedMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The outbox table: queue, claim the next due message for this node alone, record attempts. */
@ApplicationScoped
public class MessageStore {

    /** Same SQL on PostgreSQL and H2; SKIP LOCKED lets every node pulse without waiting on the others. */
    static final String CLAIM_NEXT_DUE = "SELECT message_id FROM ntf_message"
            + " WHERE status = 'QUEUED' AND next_attempt_at <= ?1"
            + " ORDER BY next_attempt_at FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public void add(QueuedMessage message) {
        entityManager.persist(message);
    }

    /** The next due message, locked by the current transaction until it commits; empty when none is due. */
    public Optional<QueuedMessage> claimNextDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery(CLAIM_NEXT_DUE)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        return ids.stream().findFirst().map(id -> entityManager.find(QueuedMessage.class, id));
    }

    public Optional<QueuedMessage> find(String messageId) {
        return Optional.ofNullable(entityManager.find(QueuedMessage.class, messageId));
    }

    /** The message a gateway accepted under that id; receipts name messages this way. */
    public Optional<QueuedMessage> findByProviderMessageId(String providerMessageId) {
        return entityManager.createQuery("SELECT m FROM QueuedMessage m WHERE m.providerMessageId = :id", QueuedMessage.class)
                .setParameter("id", providerMessageId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public void record(DeliveryAttempt attempt) {
        entityManager.persist(attempt);
    }
}
