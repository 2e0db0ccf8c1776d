package dev.otpserver.reliability;

import java.time.Instant;

/**
 * What one API answered during the database test: its {@code form} in a few words (HTTP status and result or
 * error code), whether it was a success, and whether it was the dialect's own error for a failure of the
 * server's database ({@code outageError}); anything else in the wrong shape is {@code wellFormed == false}.
 */
record Answer(
        String api,
        Instant sent,
        Instant answered,
        String form,
        boolean success,
        boolean outageError,
        boolean wellFormed) {

    static Answer malformed(String api, Instant sent, String what) {
        return new Answer(api, sent, Instant.now(), "MALFORMED " + what, false, false, false);
    }
}
