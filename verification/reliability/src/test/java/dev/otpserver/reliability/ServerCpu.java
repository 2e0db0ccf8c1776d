package dev.otpserver.reliability;

import java.time.Duration;

/**
 * The CPU time a server process spends, read at moments of a run: how many cores it kept busy between two of
 * them. Unlike a latency on a shared machine, it is the server's own cost and does not depend on what else runs.
 */
final class ServerCpu {

    /** A moment: wall-clock and the process's CPU time so far, both in nanoseconds. */
    record Mark(long wallNanos, long cpuNanos) {

        double coresUntil(Mark later) {
            long wall = later.wallNanos - wallNanos;
            return wall <= 0 ? 0 : (later.cpuNanos - cpuNanos) / (double) wall;
        }
    }

    private final ProcessHandle process;

    ServerCpu(long pid) {
        this.process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    }

    Mark mark() {
        long cpu = process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        return new Mark(System.nanoTime(), cpu);
    }
}
