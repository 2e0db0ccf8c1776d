package dev.otpserver.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads what the server wrote, to check effects that no answer shows (never to learn a code). */
public final class Database {

    private Database() {
    }

    public static long number(String query, String... values) {
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
             PreparedStatement prepared = connection.prepareStatement(query)) {
            for (int i = 0; i < values.length; i++) {
                prepared.setString(i + 1, values[i]);
            }
            try (ResultSet rows = prepared.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the server's database", e);
        }
    }
}
