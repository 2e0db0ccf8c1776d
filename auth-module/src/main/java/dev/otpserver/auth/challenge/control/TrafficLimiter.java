package dev.otpserver.auth.challenge.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Counts a client's requests per minute in the database, so that the limit holds across every node.
 * Its own short transaction: the counter row is locked only for the increment.
 */
@Stateless
public class TrafficLimiter {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Counts this request; false once the client has made more than {@code perMinute} in the current minute. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean admit(String clientId, int perMinute) {
        OffsetDateTime window = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC);
        int updated = entityManager.createNativeQuery("UPDATE auth_client_traffic SET request_count = request_count + 1"
                        + " WHERE client_id = ?1 AND window_start = ?2")
                .setParameter(1, clientId).setParameter(2, window).executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("INSERT INTO auth_client_traffic (client_id, window_start, request_count) VALUES (?1, ?2, 1)")
                    .setParameter(1, clientId).setParameter(2, window).executeUpdate();
            return 1 <= perMinute;
        }
        Number count = (Number) entityManager.createNativeQuery(
                        "SELECT request_count FROM auth_client_traffic WHERE client_id = ?1 AND window_start = ?2")
                .setParameter(1, clientId).setParameter(2, window).getSingleResult();
        return count.intValue() <= perMinute;
    }

    /** Forgets windows older than an hour; called from time to time so the table stays small. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetOldWindows() {
        Instant hourAgo = clock.instant().minus(1, ChronoUnit.HOURS);
        return entityManager.createNativeQuery("DELETE FROM auth_client_traffic WHERE window_start < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(hourAgo, ZoneOffset.UTC)).executeUpdate();
    }
}
