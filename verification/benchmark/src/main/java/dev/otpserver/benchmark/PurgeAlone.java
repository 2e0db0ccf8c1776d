package dev.otpserver.benchmark;

import java.time.Duration;

/**
 * The purge measured with no requests: rows it purged over {@code length}, and the server's CPU meanwhile (its timers'
 * idle work besides), which a measurement made while it runs counts in the API's CPU per request.
 */
record PurgeAlone(long purged, Duration length, Duration cpu) {

    double rowsPerSecond() {
        return purged / seconds();
    }

    double cpuMillisPerSecond() {
        return cpu.toNanos() / 1e6 / seconds();
    }

    private double seconds() {
        return Math.max(0.001, length.toMillis() / 1000.0);
    }
}
