package dev.otpserver.web.housekeeping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.metrics.MeterBackend;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.persistence.BatchPurge;
import dev.otpserver.common.persistence.Retention;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionHousekeepingTest {

    private static final Duration KEPT = Duration.ofDays(30);

    private long counted;

    @Test
    void anIdleNodeTakesTwentyBatchesOfABacklogInARun() {
        Backlog backlog = new Backlog(1_000_000);

        housekeeping(0.10).purge(backlog, KEPT);

        assertEquals(20, backlog.batches);
        assertEquals(20L * BatchPurge.BATCH, counted);
    }

    @Test
    void aBusyNodeTakesOneBatchAndLeavesTheRestForAQuieterRun() {
        Backlog backlog = new Backlog(1_000_000);

        housekeeping(0.95).purge(backlog, KEPT);

        assertEquals(1, backlog.batches);
        assertEquals(BatchPurge.BATCH, counted);
    }

    @Test
    void aRunEndsWithTheBatchThatFoundTheRestOfWhatWasDue() {
        Backlog backlog = new Backlog(BatchPurge.BATCH + 7);

        housekeeping(0.10).purge(backlog, KEPT);

        assertEquals(2, backlog.batches);
        assertEquals(BatchPurge.BATCH + 7, counted);
    }

    @Test
    void theMachinesLoadIsReadAsAShare() {
        double load = ProcessorLoad.recent();

        assertTrue(load >= 0 && load <= 1, "load " + load);
    }

    private RetentionHousekeeping housekeeping(double load) {
        RetentionHousekeeping housekeeping = new RetentionHousekeeping();
        housekeeping.processorLoad = () -> load;
        housekeeping.metrics = new OtpMetrics();
        housekeeping.metrics.use(new MeterBackend() {
            @Override
            public void count(String name, String tag, String value, long amount) {
                counted += amount;
            }

            @Override
            public void time(String name, String tag, String value, Duration duration) {}
        });
        return housekeeping;
    }

    /** Rows past their retention, purged a batch at a time. */
    private static final class Backlog implements Retention {

        private int left;
        int batches;

        Backlog(int rows) {
            left = rows;
        }

        @Override
        public String kind() {
            return "messages";
        }

        @Override
        public Optional<Duration> kept() {
            return Optional.of(KEPT);
        }

        @Override
        public int purgeBatch(Duration kept) {
            batches++;
            int gone = Math.min(left, BatchPurge.BATCH);
            left -= gone;
            return gone;
        }
    }
}
