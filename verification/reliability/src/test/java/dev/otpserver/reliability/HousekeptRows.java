package dev.otpserver.reliability;

import dev.otpserver.systemtest.support.ServerUnderTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Both nodes' meters and the rows of every table the challenge housekeeping keeps, taken together while it does not
 * run: it starts at second 0 of a minute (every tenth) on every node, so both are read between seconds 10 and 50 of
 * one minute, and read again in the next one when they took longer. Rows gone between two such readings are the rows
 * the nodes' housekeeping deleted, as nothing else deletes from these tables.
 */
record HousekeptRows(List<NodeMeters> meters, long rows) {

    private static final List<String> TABLES = List.of(
            "auth_challenge",
            "auth_init_request",
            "auth_threeds_challenge",
            "auth_gsp_exchange",
            "auth_gsp_otp",
            "auth_send_gate",
            "auth_wrong_code",
            "auth_client_traffic",
            "gw_seen_request");

    private static final int FROM_SECOND = 10;
    private static final int UNTIL_SECOND = 50;

    static HousekeptRows between(Supplier<List<NodeMeters>> meters) throws SQLException {
        while (true) {
            Instant minute = quietPartOfAMinute();
            HousekeptRows reading = new HousekeptRows(meters.get(), countRows());
            Instant now = Instant.now();
            if (now.truncatedTo(ChronoUnit.MINUTES).equals(minute) && second(now) < UNTIL_SECOND) {
                return reading;
            }
        }
    }

    /** Waits for second 10 of this minute, or of the next one when this one is past its 50th; returns the minute. */
    private static Instant quietPartOfAMinute() {
        Instant now = Instant.now();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        if (second(now) >= UNTIL_SECOND - 5) {
            minute = minute.plus(1, ChronoUnit.MINUTES);
        }
        Instant from = minute.plusSeconds(FROM_SECOND);
        if (now.isBefore(from)) {
            PayaraServer.pause(Duration.between(now, from));
        }
        return minute;
    }

    private static long second(Instant instant) {
        return Duration.between(instant.truncatedTo(ChronoUnit.MINUTES), instant)
                .toSeconds();
    }

    private static long countRows() throws SQLException {
        String sum = TABLES.stream()
                .map(table -> "(SELECT COUNT(*) FROM " + table + ")")
                .collect(Collectors.joining(" + ", "SELECT ", ""));
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sum)) {
            result.next();
            return result.getLong(1);
        }
    }
}
