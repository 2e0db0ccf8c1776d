package dev.otpserver.benchmark;

/**
 * One row of the table: the peak (as many requests in flight as the server takes) and a run at 70% of that
 * peak's throughput, whose latency is the one that counts; errors of all runs of the row, warm-up included.
 * {@code baselineBeside} is the baseline's peak measured just before and just after this peak (their mean),
 * which the row is compared with: the machine's speed drifts over a run.
 */
record ApiFigures(String name, Measurement peak, Measurement atSeventyPercent, long errors, double baselineBeside) {

    double timesBaseline() {
        return peak.throughput() / baselineBeside;
    }
}
