package dev.otpserver.config.otpnotify.control;

import dev.otpserver.config.otpnotify.control.Verdict.Outcome;
import dev.otpserver.config.otpnotify.entity.NotificationAttempt;
import dev.otpserver.config.otpnotify.entity.NotificationStatus;
import dev.otpserver.config.otpnotify.entity.PartnerNotification;
import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Records one attempt and settles its notification, in a transaction of its own: acknowledged, refused
 * (manual action), due again on the schedule, or dead. The passcode is scrubbed once nothing more will be
 * sent (a dead letter keeps it for a replay until the challenge expires).
 */
@Stateless
public class AttemptRecorder {

    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class.getName());
    private static final int DETAIL_LENGTH = 256;

    @Inject
    NotificationStore store;

    @Inject
    NotifySettings settings;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    /** What one attempt observed. {@code httpStatus} is null when no answer came. */
    public record Facts(Instant attemptedAt, Integer httpStatus, long latencyMs) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Claim claim, Verdict verdict, Facts facts) {
        Optional<PartnerNotification> found = store.find(claim.notificationId()).filter(n -> n.claimedBy(claim.token()));
        if (found.isEmpty()) {
            LOG.warning(() -> "The claim of " + claim + " ended before its attempt was recorded; another node took it over");
            return;
        }
        PartnerNotification notification = found.get();
        String detail = shortened(verdict.detail());
        store.record(new NotificationAttempt(UUID.randomUUID().toString(), claim.notificationId(), claim.attemptNo(),
                facts.attemptedAt(), facts.httpStatus(), verdict.outcome().name(), detail, facts.latencyMs()));
        settle(notification, verdict, detail);
        metrics.delivery("WEBHOOK", verdict.outcome() == Outcome.ACKED ? OtpMetrics.Delivery.DELIVERED
                : notification.status() == NotificationStatus.PENDING ? OtpMetrics.Delivery.RETRIED : OtpMetrics.Delivery.DEAD_LETTERED,
                Duration.ofMillis(facts.latencyMs()));
        LOG.info(() -> "Notification " + claim + ": " + verdict.outcome() + " (" + detail + "), now " + notification.status());
    }

    private void settle(PartnerNotification notification, Verdict verdict, String detail) {
        Instant now = clock.instant();
        if (verdict.outcome() == Outcome.ACKED || verdict.outcome() == Outcome.REFUSED) {
            notification.attempted(detail, now, Optional.empty(),
                    verdict.outcome() == Outcome.ACKED ? NotificationStatus.ACKED : NotificationStatus.MANUAL_ACTION);
            notification.scrub();
            return;
        }
        Optional<Instant> next = settings.schedule().dueAt(notification.scheduleStart(), notification.roundAttempts() + 1);
        notification.attempted(detail, now, next, NotificationStatus.DEAD);
    }

    private static String shortened(String text) {
        return text == null || text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH - 1) + "…";
    }
}
