package dev.otpserver.auth.otp.boundary;

import dev.otpserver.auth.otp.control.ChallengeRetention;
import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes, on every node, drops what the retention settings no longer keep. Deletes are idempotent: a
 * row one node deleted is not there for the other's delete, so the nodes' counts ({@code otp_rows_purged_total},
 * kind "challenges") add up to the rows that went.
 */
@Singleton
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Inject
    ChallengeRetention retention;

    @Inject
    OtpMetrics metrics;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void forgetOld() {
        try {
            int removed = retention.forgetOld();
            metrics.purged("challenges", removed);
            if (removed > 0) {
                LOG.fine(() -> "Housekeeping removed " + removed + " old rows");
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Housekeeping failed; it runs again in ten minutes", failure);
        }
    }
}
