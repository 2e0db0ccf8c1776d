package dev.otpserver.benchmark;

/**
 * One row of the table: the peak (as many requests in flight as the server takes) and a run at 70% of that
 * peak's throughput, whose latency is the one that counts; errors of all runs of the row, warm-up included.
 * {@code baselineBeside} is the baseline's peak measured just before and just after this peak (their mean),
 * which the row is compared with: the machine's speed drifts over a run. {@code baselineCpuBeside} is those
 * two peaks' server CPU per request, in ms (their mean).
 */
record ApiFigures(
        String name,
        Measurement peak,
        Measurement atSeventyPercent,
        long errors,
        double baselineBeside,
        double baselineCpuBeside) {

    double timesBaseline() {
        return peak.throughput() / baselineBeside;
    }

    /**
     * The baseline's CPU per request over this API's: 0.5 means a request of this API costs the server twice
     * the baseline's CPU, so that it reads like {@link #timesBaseline()} and the same targets apply to both.
     */
    double cpuTimesBaseline() {
        return baselineCpuBeside / peak.cpuMillisPerRequest();
    }
}
