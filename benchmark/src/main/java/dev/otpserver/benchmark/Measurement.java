package dev.otpserver.benchmark;

/** What one load run gave: requests per second that succeeded, latency percentiles in ms, and failures. */
record Measurement(double throughput, long p50Millis, long p99Millis, long requests, long errors) {

    /** This run's figures, with the errors of a run that went with it but is not counted. */
    Measurement withErrorsOf(Measurement uncounted) {
        return new Measurement(throughput, p50Millis, p99Millis, requests, errors + uncounted.errors());
    }
}
