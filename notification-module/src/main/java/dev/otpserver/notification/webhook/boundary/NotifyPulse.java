package dev.otpserver.notification.webhook.boundary;

import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.persistence.SchemaMigrated;
import dev.otpserver.notification.outbox.control.OutboxPulse;
import dev.otpserver.notification.webhook.control.Claim;
import dev.otpserver.notification.webhook.control.NotificationClaims;
import dev.otpserver.notification.webhook.control.PushAttempt;
import dev.otpserver.notification.webhook.control.WebhookSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;

/**
 * The outbox's pulse for partner webhooks: each second it makes sure that a drain claims what is due, batch
 * after batch as attempts free up, and hands every attempt to a thread of its own, so that one slow partner
 * never holds up another. Only the attempts in flight are counted here.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotifyPulse {

    private static final Logger LOG = Logger.getLogger(NotifyPulse.class.getName());
    private static final Duration WAIT_FOR_FREE_ATTEMPT = Duration.ofMillis(2);

    private OutboxPulse pulse;
    private final AtomicInteger inFlight = new AtomicInteger();

    @Inject
    NotificationClaims claims;

    @Inject
    PushAttempt attempt;

    @Inject
    WebhookSettings settings;

    @Inject
    OtpMetrics metrics;

    @Resource
    ManagedThreadFactory threadFactory;

    /**
     * The attempts' own threads, one per attempt in flight, made by the server's managed thread factory (so
     * they run with the application's context): the servers' default executors run few threads, which would cap
     * deliveries at a few at a time, and an attempt mostly waits on the partner.
     */
    private ThreadPoolExecutor attempts;

    @PostConstruct
    void startThreads() {
        attempts = new ThreadPoolExecutor(
                settings.maxInFlight(),
                settings.maxInFlight(),
                60,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                threadFactory);
        attempts.allowCoreThreadTimeOut(true);
        pulse = new OutboxPulse("Notification", "notify", threadFactory, 1, metrics);
    }

    @PreDestroy
    void stopThreads() {
        pulse.close();
        attempts.shutdownNow();
    }

    public void schemaReady(@Observes SchemaMigrated migrated) {
        pulse.open();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void pulse() {
        pulse.tick(claims::scrubExpiredDeadLetters, this::claimNext);
    }

    /**
     * Claims as many as there are free attempts and no more, so that a claim never waits in a queue while its
     * lease runs; tells whether all it asked for was due, so that there may be more.
     */
    private boolean claimNext() {
        int free = settings.maxInFlight() - inFlight.get();
        if (free <= 0) {
            LockSupport.parkNanos(WAIT_FOR_FREE_ATTEMPT.toNanos());
            return true;
        }
        int wanted = Math.min(settings.pulseBatch(), free);
        List<Claim> claimed = claims.claimDue(wanted);
        claimed.forEach(this::start);
        return claimed.size() == wanted;
    }

    /** A claim whose attempt cannot start here is taken again by any node once its lease ends. */
    private void start(Claim claim) {
        inFlight.incrementAndGet();
        try {
            attempts.execute(() -> {
                try {
                    attempt.run(claim);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException busy) {
            inFlight.decrementAndGet();
            LOG.warning(() -> "No thread for " + claim + " now; it is retried when its claim lapses");
        }
    }
}
