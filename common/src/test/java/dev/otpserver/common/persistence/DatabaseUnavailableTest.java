package dev.otpserver.common.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void refusedConnectionDeepInTheChainIsUnavailability() {
        RuntimeException failure = new IllegalStateException(
                "pool", new SQLException("allocate", null, new ConnectException("Connection refused")));
        assertTrue(DatabaseUnavailable.causedBy(failure));
    }

    @Test
    void postgresqlShuttingDownOrConnectionLostIsUnavailability() {
        assertTrue(DatabaseUnavailable.causedBy(
                new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("I/O error", "08006"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("bug")));
    }
}
