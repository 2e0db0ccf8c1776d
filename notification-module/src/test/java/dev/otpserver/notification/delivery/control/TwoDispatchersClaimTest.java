package dev.otpserver.notification.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.common.persistence.SchemaMigrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two dispatchers, as two nodes (or two drains) would run them, claim due messages from one PostgreSQL database
 * with the production schema and the production claim queries: between them every message is claimed, none
 * twice, and a prompt claim of several takes those no other holds.
 */
class TwoDispatchersClaimTest {

    /** Of this JVM alone, so that two builds at once on one machine do not drop each other's database. */
    private static final String DATABASE =
            "otp_unit_claim_" + ProcessHandle.current().pid();

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String URL = SERVER + DATABASE + "?user=postgres";

    @BeforeAll
    static void freshDatabaseWithTheProductionSchema() throws SQLException {
        onServer("DROP DATABASE IF EXISTS " + DATABASE);
        onServer("CREATE DATABASE " + DATABASE);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(URL);
        SchemaMigrations.apply(dataSource);
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        onServer("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    private static void onServer(String statement) throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres?user=postgres");
                Statement sql = admin.createStatement()) {
            sql.execute(statement);
        }
    }

    @Test
    void everyDueMessageIsClaimedByExactlyOneDispatcher() throws Exception {
        List<String> queued = queue(200);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> claims = nodes.invokeAll(List.of(dispatcher(), dispatcher()));
        nodes.shutdown();

        List<String> claimed = new ArrayList<>(claims.get(0).get());
        claimed.addAll(claims.get(1).get());

        assertEquals(queued.size(), claimed.size(), "no message claimed twice, none left");
        assertEquals(
                queued.stream().sorted().toList(), claimed.stream().sorted().toList());
    }

    @Test
    void aMessageSentPromptlyIsTakenOnceWhileADrainHoldsItAndNotAgainOnceSent() throws Exception {
        String id = queue(1).get(0);
        try (Connection drain = DriverManager.getConnection(URL);
                Connection prompt = DriverManager.getConnection(URL)) {
            drain.setAutoCommit(false);
            prompt.setAutoCommit(false);
            assertEquals(List.of(id), lockIfDue(drain, id), "due and free: taken");

            assertEquals(List.of(), lockIfDue(prompt, id), "held by the drain: skipped, not waited for");
            prompt.commit();
            try (PreparedStatement sent =
                    drain.prepareStatement("UPDATE ntf_message SET status = 'SENT' WHERE message_id = ?")) {
                sent.setString(1, id);
                sent.executeUpdate();
            }
            drain.commit();

            assertEquals(List.of(), lockIfDue(prompt, id), "sent: not taken again");
            prompt.commit();
        }
    }

    @Test
    void messagesSentPromptlyTogetherAreTakenButForTheOneADrainHoldsAndTheOneSentAlready() throws Exception {
        List<String> ids = queue(4);
        try (Connection drain = DriverManager.getConnection(URL);
                Connection prompt = DriverManager.getConnection(URL)) {
            drain.setAutoCommit(false);
            prompt.setAutoCommit(false);
            markSent(drain, ids.subList(3, 4));
            drain.commit();
            assertEquals(List.of(ids.get(0)), lockIfDue(drain, List.of(ids.get(0))), "due and free: taken");

            List<String> taken = lockIfDue(prompt, ids);
            assertEquals(
                    ids.subList(1, 3).stream().sorted().toList(),
                    taken.stream().sorted().toList(),
                    "the one the drain holds skipped, the one sent not taken again");
            markSent(prompt, taken);
            prompt.commit();
            markSent(drain, ids.subList(0, 1));
            drain.commit();
        }
    }

    /** Locks, "sends" and marks a message per transaction until none is due, as Dispatcher does. */
    private static Callable<List<String>> dispatcher() {
        return () -> {
            List<String> claimed = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection(URL)) {
                connection.setAutoCommit(false);
                while (true) {
                    List<String> next = lockNextDue(connection);
                    for (String id : next) {
                        Thread.sleep(1);
                        try (PreparedStatement sent = connection.prepareStatement(
                                "UPDATE ntf_message SET status = 'SENT' WHERE message_id = ?")) {
                            sent.setString(1, id);
                            sent.executeUpdate();
                        }
                    }
                    connection.commit();
                    claimed.addAll(next);
                    if (next.isEmpty()) {
                        return claimed;
                    }
                }
            }
        };
    }

    private static List<String> lockNextDue(Connection connection) throws SQLException {
        String jdbcQuery = MessageStore.LOCK_NEXT_DUE.replace("?1", "?");
        List<String> ids = new ArrayList<>();
        try (PreparedStatement claim = connection.prepareStatement(jdbcQuery)) {
            claim.setTimestamp(1, Timestamp.from(Instant.now()));
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString("message_id"));
                }
            }
        }
        return ids;
    }

    private static List<String> lockIfDue(Connection connection, String messageId) throws SQLException {
        return lockIfDue(connection, List.of(messageId));
    }

    /** The production query with its list of ids expanded, as Hibernate expands it. */
    private static List<String> lockIfDue(Connection connection, List<String> messageIds) throws SQLException {
        List<String> ids = new ArrayList<>();
        String placeholders = String.join(", ", Collections.nCopies(messageIds.size(), "?"));
        try (PreparedStatement lock = connection.prepareStatement(
                MessageStore.LOCK_IF_DUE.replace("?1", placeholders).replace("?2", "?"))) {
            for (int i = 0; i < messageIds.size(); i++) {
                lock.setString(i + 1, messageIds.get(i));
            }
            lock.setTimestamp(messageIds.size() + 1, Timestamp.from(Instant.now()));
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString("message_id"));
                }
            }
        }
        return ids;
    }

    private static void markSent(Connection connection, List<String> ids) throws SQLException {
        try (PreparedStatement sent =
                connection.prepareStatement("UPDATE ntf_message SET status = 'SENT' WHERE message_id = ?")) {
            for (String id : ids) {
                sent.setString(1, id);
                sent.executeUpdate();
            }
        }
    }

    private static List<String> queue(int count) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(URL);
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO ntf_message (message_id, client_id, channel,"
                                + " destination, locale, kind, status, attempts, next_attempt_at, created_at)"
                                + " VALUES (?, 'C', 'SMS', '+15550100001', 'en', 'OTP_CODE', 'QUEUED', 0, CURRENT_TIMESTAMP - INTERVAL '1 second', CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                insert.setString(1, id);
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }
}
