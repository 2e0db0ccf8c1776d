package dev.otpserver.notification.webhook.control;

import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.notification.outbox.control.AttemptDetail;
import dev.otpserver.notification.webhook.control.Verdict.Outcome;
import dev.otpserver.notification.webhook.entity.NotificationAttempt;
import dev.otpserver.notification.webhook.entity.NotificationStatus;
import dev.otpserver.notification.webhook.entity.PartnerNotification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Records attempts and settles their notifications, many in one transaction: acknowledged, refused
 * (manual action), due again on the schedule, or dead. The passcode is scrubbed once nothing more will be
 * sent (a dead letter keeps it for a replay until the challenge expires).
 */
@Stateless
public class AttemptRecorder {

    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class.getName());

    @Inject
    NotificationStore store;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    /**
     * What one attempt observed. {@code httpStatus} is null when no answer came; {@code took} is to the nanosecond,
     * as the other timers: Payara writes a timer's sum a thousand times too small when it is a whole number of
     * seconds, as a sum of milliseconds can be.
     */
    public record Facts(Instant attemptedAt, Integer httpStatus, Duration took) {}

    /** An attempt with what it observed and the verdict on it. */
    public record Finished(Claim claim, Verdict verdict, Facts facts) {}

    /** Records the attempts in one transaction; an attempt whose claim another node took over is left out. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAll(List<Finished> attempts) {
        Map<String, PartnerNotification> notifications =
                store
                        .findAll(attempts.stream()
                                .map(f -> f.claim().notificationId())
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(PartnerNotification::notificationId, Function.identity()));
        for (Finished attempt : attempts) {
            Optional.ofNullable(notifications.get(attempt.claim().notificationId()))
                    .filter(notification ->
                            notification.claimedBy(attempt.claim().token()))
                    .ifPresentOrElse(
                            notification -> record(notification, attempt),
                            () -> LOG.warning(() -> "The claim of " + attempt.claim()
                                    + " ended before its attempt was recorded; another node took it over"));
        }
    }

    private void record(PartnerNotification notification, Finished attempt) {
        Claim claim = attempt.claim();
        Verdict verdict = attempt.verdict();
        Facts facts = attempt.facts();
        String detail = AttemptDetail.shortened(verdict.detail());
        store.record(new NotificationAttempt(
                UUID.randomUUID().toString(),
                claim.notificationId(),
                claim.attemptNo(),
                facts.attemptedAt(),
                facts.httpStatus(),
                verdict.outcome().name(),
                detail,
                facts.took().toMillis()));
        settle(notification, verdict, detail);
        metrics.delivery(
                "WEBHOOK",
                verdict.outcome() == Outcome.ACKED
                        ? OtpMetrics.Delivery.DELIVERED
                        : notification.status() == NotificationStatus.PENDING
                                ? OtpMetrics.Delivery.RETRIED
                                : OtpMetrics.Delivery.DEAD_LETTERED,
                facts.took());
        // an acknowledgement is the common case and is on record in the attempts; the rest may need a look
        LOG.log(
                verdict.outcome() == Outcome.ACKED ? Level.FINE : Level.INFO,
                () -> "Notification " + claim + ": " + verdict.outcome() + " (" + detail + "), now "
                        + notification.status());
    }

    private void settle(PartnerNotification notification, Verdict verdict, String detail) {
        Instant now = clock.instant();
        if (verdict.outcome() == Outcome.ACKED || verdict.outcome() == Outcome.REFUSED) {
            notification.attempted(
                    detail,
                    now,
                    Optional.empty(),
                    verdict.outcome() == Outcome.ACKED ? NotificationStatus.ACKED : NotificationStatus.MANUAL_ACTION);
            notification.scrub();
            return;
        }
        Optional<Instant> next =
                settings.retryPolicy().nextTry(notification.scheduleStart(), now, notification.roundAttempts() + 1);
        notification.attempted(detail, now, next, NotificationStatus.DEAD);
    }
}
