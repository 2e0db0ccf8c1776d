package dev.otpserver.benchmark;

/**
 * One row of the table: the peak (as many requests in flight as the server takes) and a run at 70% of that
 * peak's throughput, whose latency is the one that counts; errors of all runs of the API, warm-up included.
 */
record ApiFigures(String name, Measurement peak, Measurement atSeventyPercent, long errors) {
}
