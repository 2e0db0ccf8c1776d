package dev.otpserver.benchmark;

/**
 * One API measured twice the same way: in the run's own section, with no purge ({@code without}), and again while the
 * server purges a backlog ({@code with}), with what the purge did during that second measurement.
 */
record PurgeComparison(ApiFigures without, ApiFigures with, PurgeWatch.Window window) {

    /**
     * The CPU ratio while purging, with the purge's own CPU taken out of the API's and of the baseline's CPU per
     * request: the rows it purged a second over this window at {@code purgeMillisPerRow}, the cost of a row measured
     * with no requests. An estimate: the purge's pace over the window stands for its pace during each peak.
     */
    double cpuTimesBaselineLessPurge(double purgeMillisPerRow) {
        double purgeMillisPerSecond = window.perSecond() * purgeMillisPerRow;
        double api = with.peak().cpuMillisPerRequest()
                - purgeMillisPerSecond / with.peak().throughput();
        double baseline = with.baselineCpuBeside() - purgeMillisPerSecond / with.baselineBeside();
        return baseline / api;
    }
}
