package dev.otpserver.systemtest.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.Database;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.WalletUser;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * What the server keeps only for a while: a final message or partner notification goes with its attempts once its
 * retention (30 days, the default) is over, within twenty seconds or so; a message still queued and a notification still
 * pending stay, however old. Erasing an end user erases their destination from every message. Rows are aged in the
 * database, since a test cannot wait thirty days, and the rows a test makes itself are removed at its end.
 */
public class RetentionIT extends DeployedEar {

    /** The purge runs every twenty seconds on every node. */
    private static final Duration PURGE_WITHIN = Duration.ofSeconds(60);

    private static final String OLDER_THAN_RETENTION = "31 days";

    @Test
    void aFinalMessagePastItsRetentionGoesWithItsAttemptsWhileAQueuedOneStays() {
        WalletUser old = WalletUser.of(Partner.register());
        WalletUser recent = WalletUser.of(Partner.register());
        old.code();
        recent.code();
        String oldMessage = finalMessageTo(old.phone());
        String recentMessage = finalMessageTo(recent.phone());
        String queued = queuedMessageTo(CardSystem.freshPhone(), "100 days");
        try {
            Database.update(
                    "UPDATE ntf_message SET finished_at = finished_at - INTERVAL '" + OLDER_THAN_RETENTION
                            + "' WHERE message_id = ?",
                    oldMessage);

            awaitGone("SELECT COUNT(*) FROM ntf_message WHERE message_id = ?", oldMessage);

            assertAll(
                    () -> assertEquals(
                            0, Database.number("SELECT COUNT(*) FROM ntf_attempt WHERE message_id = ?", oldMessage)),
                    () -> assertEquals(
                            1, Database.number("SELECT COUNT(*) FROM ntf_message WHERE message_id = ?", recentMessage)),
                    () -> assertTrue(
                            Database.number("SELECT COUNT(*) FROM ntf_attempt WHERE message_id = ?", recentMessage)
                                    > 0),
                    () -> assertEquals(
                            1, Database.number("SELECT COUNT(*) FROM ntf_message WHERE message_id = ?", queued)));
        } finally {
            Database.update("DELETE FROM ntf_message WHERE message_id = ?", queued);
        }
    }

    @Test
    void aFinalPartnerNotificationPastItsRetentionGoesWithItsAttemptsWhileAPendingOneStays() {
        String acked = notification("ACKED", "NOW() - INTERVAL '" + OLDER_THAN_RETENTION + "'");
        String dead = notification("DEAD", "NOW()");
        String pending = notification("PENDING", "NOW() - INTERVAL '100 days'");
        try {
            awaitGone("SELECT COUNT(*) FROM ntf_webhook WHERE notification_id = ?", acked);

            assertAll(
                    () -> assertEquals(
                            0,
                            Database.number(
                                    "SELECT COUNT(*) FROM ntf_webhook_attempt WHERE notification_id = ?", acked)),
                    () -> assertEquals(
                            1, Database.number("SELECT COUNT(*) FROM ntf_webhook WHERE notification_id = ?", dead)),
                    () -> assertEquals(
                            1, Database.number("SELECT COUNT(*) FROM ntf_webhook WHERE notification_id = ?", pending)));
        } finally {
            for (String id : new String[] {acked, dead, pending}) {
                Database.update("DELETE FROM ntf_webhook_attempt WHERE notification_id = ?", id);
                Database.update("DELETE FROM ntf_webhook WHERE notification_id = ?", id);
            }
        }
    }

    @Test
    void erasingAnEndUserErasesTheirDestinationFromEveryMessageAndAQueuedOneOnceFinal() {
        WalletUser user = WalletUser.of(Partner.register());
        user.code();
        String sent = finalMessageTo(user.phone());
        String queued = queuedMessageTo(user.phone(), "1 day");
        try {
            AdminClient.Answer erased = AdminClient.admin().send("DELETE", "/admin/users/" + user.userId(), null);

            assertAll(
                    erased.body(),
                    () -> assertEquals(204, erased.status()),
                    () -> assertEquals(
                            "", Database.text("SELECT destination FROM ntf_message WHERE message_id = ?", sent)),
                    () -> assertEquals(
                            0,
                            Database.number(
                                    "SELECT COUNT(*) FROM ntf_attempt WHERE message_id = ? AND detail IS NOT NULL"
                                            + " AND detail LIKE '%' || ? || '%'",
                                    sent, user.phone())),
                    () -> assertEquals(
                            user.phone(),
                            Database.text("SELECT destination FROM ntf_message WHERE message_id = ?", queued),
                            "a queued message keeps its destination until it is final"),
                    () -> assertEquals(
                            1,
                            Database.number(
                                    "SELECT COUNT(*) FROM ntf_message WHERE message_id = ? AND erase_destination",
                                    queued)),
                    () -> assertEquals(
                            1,
                            Database.number("SELECT COUNT(*) FROM ntf_message WHERE destination = ?", user.phone())));
        } finally {
            Database.update("DELETE FROM ntf_message WHERE message_id = ?", queued);
        }
    }

    /** The id of the one message to {@code destination}, once it is final (the sink took it). */
    private static String finalMessageTo(String destination) {
        await(
                () -> Database.number(
                                "SELECT COUNT(*) FROM ntf_message WHERE destination = ? AND finished_at IS NOT NULL",
                                destination)
                        == 1,
                Duration.ofSeconds(20),
                "a final message to " + destination);
        return Database.text("SELECT message_id FROM ntf_message WHERE destination = ?", destination);
    }

    /** A message no sender takes before the test ends: due only {@code dueIn} from now. */
    private static String queuedMessageTo(String destination, String dueIn) {
        String id = UUID.randomUUID().toString();
        Database.update(
                "INSERT INTO ntf_message (message_id, client_id, channel, destination, locale, kind, status, attempts,"
                        + " next_attempt_at, created_at) VALUES (?, 'RETENTION_IT', 'SMS', ?, 'en', 'OTP_CODE', 'QUEUED', 0,"
                        + " NOW() + INTERVAL '" + dueIn + "', NOW() - INTERVAL '100 days')",
                id,
                destination);
        return id;
    }

    /** A partner notification with one attempt, last changed at {@code updatedAt}; a pending one is due in 100 days. */
    private static String notification(String status, String updatedAt) {
        String id = UUID.randomUUID().toString();
        Database.update(
                "INSERT INTO ntf_webhook (notification_id, client_id, customer_id, status, challenge_expires_at,"
                        + " round_attempts, next_attempt_at, created_at, updated_at) VALUES (?, 'RETENTION_IT', 'customer', ?,"
                        + " NOW() - INTERVAL '100 days', 1, NOW() + INTERVAL '100 days', " + updatedAt + ", "
                        + updatedAt + ")",
                id,
                status);
        Database.update(
                "INSERT INTO ntf_webhook_attempt (attempt_id, notification_id, attempt_no, attempted_at, http_status,"
                        + " outcome, latency_ms) VALUES (?, ?, 1, " + updatedAt + ", 200, 'ACKED', 5)",
                UUID.randomUUID().toString(),
                id);
        return id;
    }

    private static void awaitGone(String countQuery, String id) {
        await(() -> Database.number(countQuery, id) == 0, PURGE_WITHIN, "the purge of " + id);
    }

    private static void await(BooleanSupplier done, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + within.toSeconds() + " s for " + what);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
