package dev.otpserver.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rows past their retention, written straight into the database in the shapes the server leaves them: final SMS
 * messages with their delivery attempts (a tenth with a failover before the gateway that took them) and acknowledged
 * partner notifications with their attempt, all 60 days old, so that the server's housekeeping, kept at its default
 * retention of 30 days ({@code otp.notification.retention-days}, {@code otp.notification.webhook.retention-days}),
 * purges them. Ids are UUIDs as the server makes them, derived from the row's number so that an attempt can name its
 * parent in the same statement.
 */
final class PurgeBacklog {

    /** What the server purges with its default retention: the conditions of MessageRetention and NotificationRetention. */
    private static final String OLD_MESSAGES = "finished_at < now() - interval '30 days'";

    private static final String OLD_NOTIFICATIONS = "status <> 'PENDING' AND updated_at < now() - interval '30 days'";

    private final Fixtures fixtures;
    /** Rows of each kind written so far: the next ones are numbered after them, so that their ids stay unique. */
    private long written;

    PurgeBacklog(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /**
     * Tops the backlog up so that {@code perKind} messages and as many notifications are past their retention, while
     * the purge takes them.
     */
    void topUpTo(long perKind) {
        long missing = perKind - Math.min(messagesLeft(), notificationsLeft());
        if (missing > 0) {
            add(missing);
        }
    }

    /** Messages and notifications written so far, of both kinds. */
    long seeded() {
        return 2 * written;
    }

    /**
     * {@code count} messages and as many notifications, with their attempts, numbered after those written before;
     * then vacuums and checkpoints, so that what is measured after is the purge, not PostgreSQL catching up with the
     * insert (as FutureNotifications does).
     */
    private void add(long count) {
        long from = written + 1;
        long to = written + count;
        String created = "now() - interval '60 days' + n * interval '1 millisecond'";
        String rows = " FROM generate_series(" + from + ", " + to + ") AS n";
        inOneTransaction(
                "INSERT INTO ntf_message (message_id, client_id, channel, destination, locale, kind, sealed_values,"
                        + " status, attempts, next_attempt_at, created_at, finished_at, provider_message_id, last_error,"
                        + " receipt_at, erase_destination) SELECT md5('m' || n)::uuid::text, 'BENCH', 'SMS',"
                        + " '+4478' || (100000000 + n), 'en', 'OTP_CODE', NULL, 'DELIVERED',"
                        + " CASE WHEN n % 10 = 0 THEN 2 ELSE 1 END, " + created + ", " + created + ", " + created
                        + " + interval '1 second', md5('p' || n)::uuid::text, NULL, " + created
                        + " + interval '3 seconds', FALSE" + rows,
                "INSERT INTO ntf_attempt (attempt_id, message_id, gateway, outcome, provider_message_id, latency_ms,"
                        + " detail, attempted_at, encoding, segments) SELECT md5('a' || n)::uuid::text,"
                        + " md5('m' || n)::uuid::text, 'sink', 'SENT', md5('p' || n)::uuid::text, 4, NULL, " + created
                        + " + interval '1 second', 'GSM7', 1" + rows,
                "INSERT INTO ntf_attempt (attempt_id, message_id, gateway, outcome, provider_message_id, latency_ms,"
                        + " detail, attempted_at, encoding, segments) SELECT md5('f' || n)::uuid::text,"
                        + " md5('m' || n)::uuid::text, 'smpp', 'FAILOVER', NULL, 2000, 'connection refused', " + created
                        + ", NULL, NULL" + rows + " WHERE n % 10 = 0");
        inOneTransaction(
                "INSERT INTO ntf_webhook (notification_id, client_id, customer_id, status, sealed_body,"
                        + " challenge_expires_at, round_attempts, schedule_start, next_attempt_at, claim_token,"
                        + " last_outcome, created_at, updated_at) SELECT md5('n' || n)::uuid::text, 'BENCH', '',"
                        + " 'ACKED', NULL, " + created + " + interval '5 minutes', 1, " + created + ", " + created
                        + ", NULL, 'ACKED', " + created + ", " + created + " + interval '1 second'" + rows,
                "INSERT INTO ntf_webhook_attempt (attempt_id, notification_id, attempt_no, attempted_at,"
                        + " http_status, outcome, detail, latency_ms) SELECT md5('t' || n)::uuid::text,"
                        + " md5('n' || n)::uuid::text, 1, " + created + ", 200, 'ACKED', NULL, 5" + rows);
        written = to;
        for (String table : new String[] {"ntf_message", "ntf_attempt", "ntf_webhook", "ntf_webhook_attempt"}) {
            fixtures.update("VACUUM ANALYZE " + table);
        }
        fixtures.update("CHECKPOINT");
    }

    /**
     * Parents and their attempts in one transaction: the server's purge runs meanwhile, and would otherwise delete a
     * parent before its attempts were written.
     */
    private void inOneTransaction(String... statements) {
        try (Connection db = fixtures.connection();
                Statement statement = db.createStatement()) {
            db.setAutoCommit(false);
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot seed the purge's backlog", e);
        }
    }

    /** Messages and notifications still past their retention. */
    long left() {
        return messagesLeft() + notificationsLeft();
    }

    private long messagesLeft() {
        return fixtures.number("SELECT count(*) FROM ntf_message WHERE " + OLD_MESSAGES);
    }

    private long notificationsLeft() {
        return fixtures.number("SELECT count(*) FROM ntf_webhook WHERE " + OLD_NOTIFICATIONS);
    }

    /** Deletes what the purge left, with its attempts, so that the sections after it measure no purge. */
    void clear() {
        fixtures.update("DELETE FROM ntf_attempt WHERE message_id IN (SELECT message_id FROM ntf_message WHERE "
                + OLD_MESSAGES + ")");
        fixtures.update("DELETE FROM ntf_message WHERE " + OLD_MESSAGES);
        fixtures.update("DELETE FROM ntf_webhook_attempt WHERE notification_id IN (SELECT notification_id FROM"
                + " ntf_webhook WHERE " + OLD_NOTIFICATIONS + ")");
        fixtures.update("DELETE FROM ntf_webhook WHERE " + OLD_NOTIFICATIONS);
        for (String table : new String[] {"ntf_message", "ntf_attempt", "ntf_webhook", "ntf_webhook_attempt"}) {
            fixtures.update("VACUUM ANALYZE " + table);
        }
    }
}
