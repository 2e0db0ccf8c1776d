package dev.otpserver.auth.lookup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/** How many codes each dialect issued since a moment, and what became of them. Counts only, never a code. */
@ApplicationScoped
public class CodeCounts {

    /** The dialects and the table of each one's codes. */
    public enum Dialect {
        WALLET("auth_challenge"),
        THREE_DS("auth_threeds_challenge"),
        PAYMENT_INTEGRATOR("auth_gsp_otp");

        private final String table;

        Dialect(String table) {
            this.table = table;
        }
    }

    /** Issued since, verified and locked (too many wrong codes) of those, and the wrong codes they received. */
    public record Counts(long issued, long verified, long locked, long wrongCodes) {}

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public Counts since(Dialect dialect, Instant since) {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("SELECT COUNT(*),"
                        + " SUM(CASE WHEN status = 'VERIFIED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN status = 'LOCKED' THEN 1 ELSE 0 END),"
                        + " SUM(failed_attempts)"
                        + " FROM " + dialect.table + " WHERE created_at >= ?1")
                .setParameter(1, Timestamp.from(since))
                .getSingleResult();
        return new Counts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
