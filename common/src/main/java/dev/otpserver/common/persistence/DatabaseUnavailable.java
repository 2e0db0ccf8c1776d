package dev.otpserver.common.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, its connections cut) from any
 * other, so that a dialect can answer "temporarily unavailable, retry" rather than "internal error".
 */
public final class DatabaseUnavailable {

    /** SQLState classes: 08 connection exception; 57P operator intervention (PostgreSQL shut down or crashed). */
    private static final String[] UNAVAILABLE_STATES = {"08", "57P"};

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailableState(String sqlState) {
        if (sqlState == null) {
            return false;
        }
        for (String prefix : UNAVAILABLE_STATES) {
            if (sqlState.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
