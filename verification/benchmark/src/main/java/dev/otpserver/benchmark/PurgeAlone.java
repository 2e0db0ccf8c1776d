package dev.otpserver.benchmark;

import java.time.Duration;

/**
 * The purge measured with no requests: rows it purged over {@code length} and the server's CPU meanwhile, beside the
 * server's CPU over {@code idleLength} before the backlog was seeded (its timers' idle work), so that what the purge
 * itself costs a row is the difference. A measurement made while the purge runs counts that cost in its API's CPU.
 */
record PurgeAlone(long purged, Duration length, Duration cpu, Duration idleLength, Duration idleCpu) {

    double rowsPerSecond() {
        return purged / seconds(length);
    }

    double cpuMillisPerSecond() {
        return millis(cpu) / seconds(length);
    }

    double idleCpuMillisPerSecond() {
        return millis(idleCpu) / seconds(idleLength);
    }

    /** The server's CPU per row purged, its idle work taken out; NaN when nothing was purged. */
    double millisPerRow() {
        return purged == 0
                ? Double.NaN
                : Math.max(0, cpuMillisPerSecond() - idleCpuMillisPerSecond()) / rowsPerSecond();
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    private static double seconds(Duration duration) {
        return Math.max(0.001, duration.toMillis() / 1000.0);
    }
}
