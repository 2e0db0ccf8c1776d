package dev.otpserver.benchmark;

/**
 * One API measured twice the same way: in the run's own section, with no purge ({@code without}), and again while the
 * server purges a backlog ({@code with}), with what the purge did during that second measurement.
 */
record PurgeComparison(ApiFigures without, ApiFigures with, PurgeWatch.Window window) {}
