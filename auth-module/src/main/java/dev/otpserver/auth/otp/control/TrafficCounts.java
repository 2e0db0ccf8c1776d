package dev.otpserver.auth.otp.control;

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
 * Every node's requests per client and minute, counted in the database. Each change is a short transaction of
 * its own: the counter row is locked only for the increment.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TrafficCounts {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Adds {@code requests} to the client's count of the minute starting at {@code window}; returns the new count. */
    public int add(String clientId, Instant window, int requests) {
        OffsetDateTime start = OffsetDateTime.ofInstant(window, ZoneOffset.UTC);
        int updated = entityManager
                .createNativeQuery("UPDATE auth_client_traffic SET request_count = request_count + ?3"
                        + " WHERE client_id = ?1 AND window_start = ?2")
                .setParameter(1, clientId)
                .setParameter(2, start)
                .setParameter(3, requests)
                .executeUpdate();
        if (updated == 0) {
            entityManager
                    .createNativeQuery(
                            "INSERT INTO auth_client_traffic (client_id, window_start, request_count) VALUES (?1, ?2, ?3)")
                    .setParameter(1, clientId)
                    .setParameter(2, start)
                    .setParameter(3, requests)
                    .executeUpdate();
            return requests;
        }
        return ((Number) entityManager
                        .createNativeQuery(
                                "SELECT request_count FROM auth_client_traffic WHERE client_id = ?1 AND window_start = ?2")
                        .setParameter(1, clientId)
                        .setParameter(2, start)
                        .getSingleResult())
                .intValue();
    }

    /** Forgets windows older than an hour; called from time to time so the table stays small. */
    public int forgetOldWindows() {
        Instant hourAgo = clock.instant().minus(1, ChronoUnit.HOURS);
        return entityManager
                .createNativeQuery("DELETE FROM auth_client_traffic WHERE window_start < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(hourAgo, ZoneOffset.UTC))
                .executeUpdate();
    }
}
