package dev.otpserver.notification.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Delivery figures since a moment, per channel and per gateway, and the backlogs now. Counts only. */
@ApplicationScoped
public class DeliveryCounts {

    /** Messages created since, by final outcome, and the retries they took. */
    public record ChannelCounts(String channel, long messages, long succeeded, long deadLetters, long retries) {}

    /**
     * Tries of one gateway since, by what the attempt records: SENT (accepted), FAILOVER or RETRY (failed, the
     * message passed on or tried again later), FAILED (the message's last try, failed for good), SKIPPED (circuit
     * open).
     */
    public record GatewayCounts(String gateway, long accepted, long transientFailures, long permanent, long skipped) {}

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public List<ChannelCounts> channels(Instant since) {
        return rows(
                        "SELECT channel, COUNT(*),"
                                + " SUM(CASE WHEN status IN ('SENT', 'DELIVERED') THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN attempts > 1 THEN attempts - 1 ELSE 0 END)"
                                + " FROM ntf_message WHERE created_at >= ?1 GROUP BY channel ORDER BY channel",
                        since)
                .stream()
                .map(row -> new ChannelCounts(
                        (String) row[0], number(row[1]), number(row[2]), number(row[3]), number(row[4])))
                .toList();
    }

    public List<GatewayCounts> gateways(Instant since) {
        return rows(
                        "SELECT gateway,"
                                + " SUM(CASE WHEN outcome = 'SENT' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN outcome IN ('FAILOVER', 'RETRY') THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN outcome = 'FAILED' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN outcome = 'SKIPPED' THEN 1 ELSE 0 END)"
                                + " FROM ntf_attempt WHERE attempted_at >= ?1 GROUP BY gateway ORDER BY gateway",
                        since)
                .stream()
                .map(row -> new GatewayCounts(
                        (String) row[0], number(row[1]), number(row[2]), number(row[3]), number(row[4])))
                .toList();
    }

    /** Now: messages waiting in the outbox, partner notifications pending, and those dead (to replay). */
    public Map<String, Long> backlogs() {
        Map<String, Long> backlogs = new LinkedHashMap<>();
        backlogs.put("outbox", single("SELECT COUNT(*) FROM ntf_message WHERE status = 'QUEUED'"));
        backlogs.put("notifications", single("SELECT COUNT(*) FROM ntf_webhook WHERE status = 'PENDING'"));
        backlogs.put("deadNotifications", single("SELECT COUNT(*) FROM ntf_webhook WHERE status = 'DEAD'"));
        return backlogs;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Instant since) {
        return entityManager
                .createNativeQuery(sql)
                .setParameter(1, Timestamp.from(since))
                .getResultList();
    }

    private long single(String sql) {
        return number(entityManager.createNativeQuery(sql).getSingleResult());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
