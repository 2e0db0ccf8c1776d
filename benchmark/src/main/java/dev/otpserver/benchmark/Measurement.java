package dev.otpserver.benchmark;

/** What one load run gave: requests per second that succeeded, latency percentiles in ms, and failures. */
record Measurement(double throughput, long p50Millis, long p99Millis, long requests, long errors) {
}
