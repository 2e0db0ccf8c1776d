package dev.otpserver.benchmark;

import java.time.Duration;

/**
 * The purge measured with no requests: rows it purged over {@code purging} and the server's CPU meanwhile, beside the
 * server's CPU over {@code idle} before the backlog was seeded (its timers' idle work), so that what the purge itself
 * costs a row is the difference. A measurement made while the purge runs counts that cost in its API's CPU.
 */
record PurgeAlone(long purged, Span purging, Span idle) {

    /** The server's CPU over a stretch of time. */
    record Span(Duration length, Duration cpu) {

        double cpuMillisPerSecond() {
            return cpu.toNanos() / 1e6 / seconds();
        }

        double seconds() {
            return Math.max(0.001, length.toMillis() / 1000.0);
        }
    }

    double rowsPerSecond() {
        return purged / purging.seconds();
    }

    /** The server's CPU per row purged, its idle work taken out; NaN when nothing was purged. */
    double millisPerRow() {
        return purged == 0
                ? Double.NaN
                : Math.max(0, purging.cpuMillisPerSecond() - idle.cpuMillisPerSecond()) / rowsPerSecond();
    }
}
