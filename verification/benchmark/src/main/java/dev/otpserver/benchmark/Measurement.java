package dev.otpserver.benchmark;

/**
 * What one load run gave: requests per second that succeeded, latency percentiles in ms, failures, and the
 * server's CPU time per request in ms over the run (NaN where it was not measured).
 */
record Measurement(
        double throughput, long p50Millis, long p99Millis, long requests, long errors, double cpuMillisPerRequest) {

    /** This run's figures, with the errors of a run that went with it but is not counted. */
    Measurement withErrorsOf(Measurement uncounted) {
        return new Measurement(
                throughput, p50Millis, p99Millis, requests, errors + uncounted.errors(), cpuMillisPerRequest);
    }

    /** This run's figures with the server's CPU per request, measured around it. */
    Measurement withCpuPerRequest(double millis) {
        return new Measurement(throughput, p50Millis, p99Millis, requests, errors, millis);
    }
}
