package dev.otpserver.web.baseline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The benchmark baseline's one table: a row per call, nothing read back. */
@ApplicationScoped
public class BaselineStore {

    static final String INSERT = "INSERT INTO bench_baseline_call (call_id, client_id, called_at) VALUES (?1, ?2, ?3)";

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    /** Writes one row in the caller's transaction. */
    public void recordCall(String clientId) {
        entityManager.createNativeQuery(INSERT).setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, clientId).setParameter(3, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }
}
