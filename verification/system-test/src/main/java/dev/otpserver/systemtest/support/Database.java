package dev.otpserver.systemtest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads what the server wrote, to check effects that no answer shows (never to learn a code); and writes what a test
 * cannot wait for (a row thirty days old) or cannot make through the APIs (a message still queued).
 */
public final class Database {

    private interface Work<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    private Database() {}

    public static long number(String query, String... values) {
        return run(query, values, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** The first column of the one row {@code query} finds, as text. */
    public static String text(String query, String... values) {
        return run(query, values, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no row for " + query);
                }
                return rows.getString(1);
            }
        });
    }

    /** Runs one statement; returns how many rows it changed. */
    public static int update(String statement, String... values) {
        return run(statement, values, PreparedStatement::executeUpdate);
    }

    private static <T> T run(String sql, String[] values, Work<T> work) {
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                PreparedStatement prepared = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                prepared.setString(i + 1, values[i]);
            }
            return work.on(prepared);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot use the server's database: " + sql, e);
        }
    }
}
