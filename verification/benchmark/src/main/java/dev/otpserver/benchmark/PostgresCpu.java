package dev.otpserver.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The CPU time PostgreSQL has used so far, all of its processes, as Linux counts it: the postmaster's own and
 * that of the children it has reaped (fields 14 to 17 of {@code /proc/<pid>/stat}), and that of its live
 * children (backends, WAL writer, checkpointer, autovacuum). A child that ends moves its time from the second
 * sum to the first, so a difference over a window misses none of it; it also counts the other databases'
 * backends on a shared server.
 */
final class PostgresCpu {

    private static final int PARENT_AFTER_NAME = 1;
    private static final int USER_AFTER_NAME = 11;
    private static final int CHILDREN_SYSTEM_AFTER_NAME = 14;

    private final Path proc;
    private final long postmaster;
    private final long ticksPerSecond;

    PostgresCpu(Path proc, long postmaster, long ticksPerSecond) {
        this.proc = proc;
        this.postmaster = postmaster;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** The PostgreSQL whose backend {@code backendPid} is (that backend's parent is its postmaster). */
    static PostgresCpu ofBackend(long backendPid, long ticksPerSecond) {
        Path proc = Path.of("/proc");
        long parent = Long.parseLong(afterName(read(proc.resolve(backendPid + "/stat")))[PARENT_AFTER_NAME]);
        return new PostgresCpu(proc, parent, ticksPerSecond);
    }

    Duration used() {
        long ticks = ownAndReapedTicks(read(proc.resolve(postmaster + "/stat")));
        try (Stream<Path> processes = Files.list(proc)) {
            ticks += processes
                    .filter(folder -> folder.getFileName().toString().matches("\\d+"))
                    .map(folder -> folder.resolve("stat"))
                    .mapToLong(this::ticksIfChild)
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Duration.ofNanos(ticks * 1_000_000_000L / ticksPerSecond);
    }

    /** A child's user and system ticks; 0 for another process or one that ended meanwhile. */
    private long ticksIfChild(Path stat) {
        try {
            return childTicks(Files.readString(stat), postmaster);
        } catch (IOException gone) {
            return 0;
        }
    }

    /** User and system ticks of a stat line if its process is a child of {@code parent}, else 0. */
    static long childTicks(String statLine, long parent) {
        String[] fields = afterName(statLine);
        return Long.parseLong(fields[PARENT_AFTER_NAME]) == parent ? sum(fields, USER_AFTER_NAME + 1) : 0;
    }

    /** Postmaster's own ticks with its reaped children's: utime, stime, cutime, cstime. */
    static long ownAndReapedTicks(String statLine) {
        return sum(afterName(statLine), CHILDREN_SYSTEM_AFTER_NAME);
    }

    private static long sum(String[] fields, int last) {
        long ticks = 0;
        for (int field = USER_AFTER_NAME; field <= last; field++) {
            ticks += Long.parseLong(fields[field]);
        }
        return ticks;
    }

    private static String[] afterName(String statLine) {
        return statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + stat, e);
        }
    }
}
