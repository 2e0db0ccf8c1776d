package dev.otpserver.web.housekeeping;

import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.persistence.BatchPurge;
import dev.otpserver.common.persistence.DatabaseUnavailable;
import dev.otpserver.common.persistence.Retention;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every twenty seconds, on every node, purges what each module keeps only for a while (messages, partner notifications), a
 * batch per transaction, until nothing more is due or the run's share is done: a backlog goes over the next
 * runs. The purge yields to traffic: while the processors are busy (over {@link #BUSY} of them), a run takes
 * one batch of each kind and leaves the rest for a quieter run. Nodes skip each other's rows, so two nodes never
 * purge one row twice; each counts what it purged ({@code otp_rows_purged_total}), a batch once its transaction
 * committed.
 */
@Singleton
public class RetentionHousekeeping {

    private static final Logger LOG = Logger.getLogger(RetentionHousekeeping.class.getName());
    private static final int MAX_BATCHES_A_RUN = 20;
    static final double BUSY = 0.75;

    @Inject
    Instance<Retention> retentions;

    @Inject
    OtpMetrics metrics;

    DoubleSupplier processorLoad = ProcessorLoad::recent;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    public void purgeOld() {
        retentions.forEach(retention -> retention.kept().ifPresent(kept -> purge(retention, kept)));
    }

    void purge(Retention retention, Duration kept) {
        try {
            int purged = 0;
            for (int batch = 0; batch < MAX_BATCHES_A_RUN; batch++) {
                int gone = retention.purgeBatch(kept);
                metrics.purged(retention.kind(), gone);
                purged += gone;
                if (gone < BatchPurge.BATCH || processorLoad.getAsDouble() > BUSY) {
                    break;
                }
            }
            int total = purged;
            if (total > 0) {
                LOG.fine(() -> "Purged " + total + " " + retention.kind() + " kept over " + kept.toDays() + " days");
            }
        } catch (RuntimeException failure) {
            String what = "Purging old " + retention.kind() + " failed; it runs again in twenty seconds";
            if (DatabaseUnavailable.causedBy(failure)) {
                LOG.warning(() -> what + ": the database is unavailable");
            } else {
                LOG.log(Level.WARNING, what, failure);
            }
        }
    }
}
