package dev.otpserver.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The CPU time the server process has used so far, all its threads, user and system, as Linux counts it in
 * {@code /proc/<pid>/stat}: a figure that a busy machine does not inflate the way it lowers throughput, since
 * time spent waiting for a core is not counted.
 */
final class ServerCpu {

    /** utime and stime are fields 14 and 15 of the line; counted from the state (field 3), after the name. */
    private static final int USER_AFTER_NAME = 11;

    private static final int SYSTEM_AFTER_NAME = 12;

    private final Path stat;
    private final long ticksPerSecond;

    ServerCpu(Path stat, long ticksPerSecond) {
        this.stat = stat;
        this.ticksPerSecond = ticksPerSecond;
    }

    static ServerCpu of(long pid, long ticksPerSecond) {
        return new ServerCpu(Path.of("/proc", Long.toString(pid), "stat"), ticksPerSecond);
    }

    Duration used() {
        try {
            return Duration.ofNanos(ticks(Files.readString(stat)) * 1_000_000_000L / ticksPerSecond);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the server's CPU time from " + stat, e);
        }
    }

    /** User plus system clock ticks of a stat line; the process name may hold spaces and parentheses. */
    static long ticks(String statLine) {
        String[] afterName =
                statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(afterName[USER_AFTER_NAME]) + Long.parseLong(afterName[SYSTEM_AFTER_NAME]);
    }

    /** Milliseconds of CPU per request over a run, NaN for a run without requests. */
    static double millisPerRequest(Duration spent, long requests) {
        return requests == 0 ? Double.NaN : spent.toNanos() / 1e6 / requests;
    }
}
