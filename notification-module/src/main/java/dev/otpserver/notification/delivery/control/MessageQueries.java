package dev.otpserver.notification.delivery.control;

import dev.otpserver.notification.delivery.entity.DeliveryAttempt;
import dev.otpserver.notification.delivery.entity.MessageStatus;
import dev.otpserver.notification.delivery.entity.QueuedMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What admins and support may read of the outbox: a message, its attempts, and counts by status. */
@ApplicationScoped
public class MessageQueries {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public Optional<QueuedMessage> message(String messageId) {
        return Optional.ofNullable(entityManager.find(QueuedMessage.class, messageId));
    }

    /** The latest messages, newest first, optionally of one client and one status. */
    public List<QueuedMessage> latest(Optional<String> clientId, Optional<MessageStatus> status, int limit) {
        return entityManager
                .createQuery(
                        "SELECT m FROM QueuedMessage m"
                                + " WHERE (:clientId IS NULL OR m.clientId = :clientId) AND (:status IS NULL OR m.status = :status)"
                                + " ORDER BY m.createdAt DESC",
                        QueuedMessage.class)
                .setParameter("clientId", clientId.orElse(null))
                .setParameter("status", status.orElse(null))
                .setMaxResults(limit)
                .getResultList();
    }

    public List<DeliveryAttempt> attempts(String messageId) {
        return entityManager
                .createQuery(
                        "SELECT a FROM DeliveryAttempt a WHERE a.messageId = :messageId ORDER BY a.attemptedAt",
                        DeliveryAttempt.class)
                .setParameter("messageId", messageId)
                .getResultList();
    }

    /** Messages per status, and attempts per outcome (RETRY counts the retried tries). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        entityManager
                .createQuery("SELECT m.status, COUNT(m) FROM QueuedMessage m GROUP BY m.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put("messages." + row[0], (Long) row[1]));
        entityManager
                .createQuery("SELECT a.outcome, COUNT(a) FROM DeliveryAttempt a GROUP BY a.outcome", Object[].class)
                .getResultList()
                .forEach(row -> counts.put("attempts." + row[0], (Long) row[1]));
        return counts;
    }
}
