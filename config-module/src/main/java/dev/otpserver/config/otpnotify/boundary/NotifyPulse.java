package dev.otpserver.config.otpnotify.boundary;

import dev.otpserver.common.persistence.SchemaMigrated;
import dev.otpserver.common.schedule.PulseGate;
import dev.otpserver.config.otpnotify.control.Claim;
import dev.otpserver.config.otpnotify.control.NotificationClaims;
import dev.otpserver.config.otpnotify.control.PushAttempt;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * The pulse of partner notifications on every node: each second it claims what is due and hands every
 * attempt to the server's managed executor, so that one slow partner never holds up another, nor the next
 * pulse. It holds no state of its own (the rows are the state), so a restart or a second node changes nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotifyPulse {

    private static final Logger LOG = Logger.getLogger(NotifyPulse.class.getName());

    private final PulseGate gate = new PulseGate("Notification pulse");

    @Inject
    NotificationClaims claims;

    @Inject
    PushAttempt attempt;

    @Resource
    ManagedExecutorService executor;

    public void schemaReady(@Observes SchemaMigrated migrated) {
        gate.open();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void pulse() {
        gate.run(() -> claims.claimDue().forEach(this::start));
    }

    /** A claim whose attempt cannot start here is taken again by any node once its lease ends. */
    private void start(Claim claim) {
        try {
            executor.execute(() -> attempt.run(claim));
        } catch (RejectedExecutionException busy) {
            LOG.warning(() -> "No thread for " + claim + " now; it is retried when its claim lapses");
        }
    }
}
