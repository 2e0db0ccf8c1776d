package dev.otpserver.benchmark.baseline;

import dev.otpserver.common.persistence.SchemaMigrated;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The benchmark baseline's one table: a row per call, nothing read back. Made here once the schema is
 * migrated, not by a migration, so that no production database has it.
 */
@Stateless
public class BaselineStore {

    static final String CREATE = "CREATE TABLE IF NOT EXISTS bench_baseline_call (call_id VARCHAR(36) NOT NULL"
            + " PRIMARY KEY, client_id VARCHAR(64) NOT NULL, called_at TIMESTAMP WITH TIME ZONE NOT NULL)";

    static final String INSERT = "INSERT INTO bench_baseline_call (call_id, client_id, called_at) VALUES (?1, ?2, ?3)";

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public void createTable(@Observes SchemaMigrated migrated) {
        entityManager.createNativeQuery(CREATE).executeUpdate();
    }

    /** Writes one row in the caller's transaction. */
    public void recordCall(String clientId) {
        entityManager
                .createNativeQuery(INSERT)
                .setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, clientId)
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }
}
