package dev.otpserver.common.secret;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The table srv_secret_fingerprint over plain JDBC: read at deployment, like the schema migration, before any
 * container transaction exists. The first node to start records its fingerprint; when two start at once, one
 * insert loses on the primary key and that node reads the winner's instead. The connection keeps the pool's
 * auto-commit setting: a pooled connection keeps a changed setting, and Payara Micro then failed to commit the
 * next container transaction that enlisted it. So the insert is committed or rolled back here when needed.
 */
final class RecordedFingerprints {

    private final DataSource dataSource;

    RecordedFingerprints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The fingerprint the database was written with: the recorded one, or {@code own} now recorded. */
    String recordedOr(String secretName, String own) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> recorded = find(connection, secretName);
            if (recorded.isPresent()) {
                return recorded.get();
            }
            try {
                insert(connection, secretName, own);
                endTransaction(connection, true);
                return own;
            } catch (SQLException concurrentFirstStart) {
                endTransaction(connection, false);
                return find(connection, secretName).orElseThrow(() -> concurrentFirstStart);
            }
        }
    }

    private static void endTransaction(Connection connection, boolean commit) throws SQLException {
        if (connection.getAutoCommit()) {
            return;
        }
        if (commit) {
            connection.commit();
        } else {
            connection.rollback();
        }
    }

    private static Optional<String> find(Connection connection, String secretName) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT fingerprint FROM srv_secret_fingerprint WHERE secret_name = ?")) {
            select.setString(1, secretName);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection connection, String secretName, String fingerprint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO srv_secret_fingerprint (secret_name, fingerprint, recorded_at) VALUES (?, ?, ?)")) {
            insert.setString(1, secretName);
            insert.setString(2, fingerprint);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
