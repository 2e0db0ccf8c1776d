package dev.otpserver.auth.otp.boundary;

import dev.otpserver.auth.otp.control.ChallengeRetention;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every ten minutes, on every node, drops what the retention settings no longer keep (deletes are idempotent). */
@Singleton
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Inject
    ChallengeRetention retention;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void forgetOld() {
        try {
            int removed = retention.forgetOld();
            if (removed > 0) {
                LOG.fine(() -> "Housekeeping removed " + removed + " old rows");
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Housekeeping failed; it runs again in ten minutes", failure);
        }
    }
}
