package dev.otpserver.benchmark;

import dev.otpserver.common.secret.SealingKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the partner-notification pulse: notifications are queued straight into the database, sealed as the
 * server seals them and due at chosen instants, and an {@link AckingReceiver} on loopback takes them. What is
 * measured is the server's pulse, send, signature and acknowledgement check, not the 3DS API in front of it.
 */
final class NotificationLoad {

    private static final Duration LEAD = Duration.ofSeconds(3);
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Fixtures fixtures;
    private final SealingKey sealingKey;
    private final AckingReceiver receiver;
    private final String clientId;

    NotificationLoad(Fixtures fixtures, SealingKey sealingKey, AckingReceiver receiver, String clientId) {
        this.fixtures = fixtures;
        this.sealingKey = sealingKey;
        this.receiver = receiver;
        this.clientId = clientId;
    }

    /** {@code count} notifications all due at once: how fast a backlog drains (latency: from due to arrival). */
    Measurement backlog(int count) {
        Instant due = Instant.now().plus(LEAD);
        List<Instant> dueTimes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dueTimes.add(due);
        }
        return deliver(dueTimes);
    }

    /** {@code perSecond} notifications falling due each second for {@code seconds}: latency from due to arrival. */
    Measurement paced(double perSecond, int seconds) {
        Instant start = Instant.now().plus(LEAD);
        int count = (int) Math.round(perSecond * seconds);
        List<Instant> dueTimes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dueTimes.add(start.plusNanos((long) (i * 1e9 / perSecond)));
        }
        return deliver(dueTimes);
    }

    private Measurement deliver(List<Instant> dueTimes) {
        receiver.forget();
        Map<String, Instant> dueById = queue(dueTimes);
        Instant first = dueTimes.get(0);
        Instant deadline = dueTimes.get(dueTimes.size() - 1).plus(PATIENCE);
        Map<String, Instant> arrivals = receiver.arrivals();
        while (arrivals.size() < dueById.size() && Instant.now().isBefore(deadline)) {
            pause();
            arrivals = receiver.arrivals();
        }
        List<Long> latencies = arrivals.entrySet().stream()
                .filter(arrival -> dueById.containsKey(arrival.getKey()))
                .map(arrival -> Duration.between(dueById.get(arrival.getKey()), arrival.getValue())
                        .toMillis())
                .sorted()
                .toList();
        Instant last = arrivals.values().stream().max(Instant::compareTo).orElse(first);
        double seconds = Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0);
        long errors = dueById.size() - latencies.size() + receiver.duplicates();
        return new Measurement(
                latencies.size() / seconds,
                percentile(latencies, 50),
                percentile(latencies, 99),
                dueById.size(),
                errors,
                Double.NaN);
    }

    private Map<String, Instant> queue(List<Instant> dueTimes) {
        Map<String, Instant> dueById = new HashMap<>();
        try (Connection db = fixtures.connection();
                PreparedStatement insert = db.prepareStatement("INSERT INTO ntf_webhook (notification_id, client_id,"
                        + " customer_id, status, sealed_body, challenge_expires_at, round_attempts, next_attempt_at, created_at,"
                        + " updated_at) VALUES (?, ?, '', 'PENDING', ?, ?, 0, ?, now(), now())")) {
            db.setAutoCommit(false);
            for (Instant due : dueTimes) {
                String id = UUID.randomUUID().toString();
                insert.setString(1, id);
                insert.setString(2, clientId);
                insert.setString(3, sealingKey.seal(body(id, due)));
                insert.setTimestamp(4, Timestamp.from(due.plus(Duration.ofMinutes(5))));
                insert.setTimestamp(5, Timestamp.from(due));
                insert.addBatch();
                dueById.put(id, due);
            }
            insert.executeBatch();
            db.commit();
            return dueById;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot queue notifications", e);
        }
    }

    /** Seed 003's body, as the 3DS API would have queued it. */
    private static String body(String id, Instant due) {
        return "{\"assetId\":\"" + id
                + "\",\"cardNoLast4\":\"4242\",\"merchantName\":\"Benchmark Shop\",\"passcode\":\"123456\","
                + "\"cardBrand\":\"VISA\",\"tradeAmount\":{\"currency\":\"EUR\",\"value\":\"1000\"},\"challengeExpiryTime\":\""
                + due.plus(Duration.ofMinutes(5)).toEpochMilli() + "\"}";
    }

    static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
