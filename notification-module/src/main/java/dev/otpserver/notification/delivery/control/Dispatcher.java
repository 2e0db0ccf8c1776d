package dev.otpserver.notification.delivery.control;

import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.Destinations;
import dev.otpserver.common.secret.SealingKeys;
import dev.otpserver.notification.delivery.control.GatewayAttempt.Outcome;
import dev.otpserver.notification.delivery.entity.DeliveryAttempt;
import dev.otpserver.notification.delivery.entity.QueuedMessage;
import dev.otpserver.notification.outbox.control.AttemptDetail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due messages in a transaction of their own that keeps their rows locked while they are sent: another
 * node skips them, a crash before the commit leaves them queued, not lost, and their sends are on record as soon
 * as the transaction commits. A drain sends the next due message per transaction; messages just queued are sent
 * a few per transaction ({@link #deliverIfDue}), which sends no more than {@link #MOST_AT_ONCE} and takes the
 * next one only while it would still be done within {@link #SENDING_AT_MOST}: a kill sends again only what it
 * cut short in that last fraction of a second (a transaction per batch of any size and length sent a crashed
 * batch's messages again, dozens a kill). Every gateway the channel tried is recorded: SENT, FAILOVER (transient,
 * the next gateway was tried), SKIPPED (circuit open), and for the last one RETRY (queued again) or FAILED (for
 * good).
 */
@Stateless
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    /** The most messages just queued that one transaction sends. */
    public static final int MOST_AT_ONCE = 8;

    /** How long one transaction may go on sending messages just queued (see {@link SendingWindow}). */
    static final Duration SENDING_AT_MOST = Duration.ofMillis(100);

    @Inject
    MessageStore store;

    @Inject
    SealingKeys sealingKey;

    @Inject
    Templates templates;

    @Inject
    Instance<ChannelSender> senders;

    @Inject
    DeliverySettings settings;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    /** Sends the oldest due message, if there is one, and tells whether there was. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliverNext() {
        Optional<QueuedMessage> due = store.lockNextDue(clock.instant());
        due.ifPresent(this::deliverAlone);
        return due.isPresent();
    }

    /**
     * Sends those of the messages (just queued) that are still due and that no other node or drain is sending, in
     * one transaction, at most {@link #MOST_AT_ONCE} of them, and tells which of them it took but left unsent: those
     * that one more send, as slow as its slowest, would have taken past {@link #SENDING_AT_MOST}, queued still.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> deliverIfDue(List<String> messageIds) {
        if (messageIds.size() > MOST_AT_ONCE) {
            throw new IllegalArgumentException("At most " + MOST_AT_ONCE + " messages a transaction");
        }
        List<QueuedMessage> due = store.lockIfDue(messageIds, clock.instant());
        SendingWindow window = new SendingWindow(SENDING_AT_MOST, System.nanoTime());
        List<String> left = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            long now = System.nanoTime();
            if (i > 0 && !window.roomForAnother(now)) {
                due.subList(i, due.size()).forEach(message -> left.add(message.messageId()));
                break;
            }
            deliverAlone(due.get(i));
            window.sent(System.nanoTime() - now);
        }
        return left;
    }

    /** An unexpected failure is settled like a transient one: retried after the backoff, not at once and for ever. */
    private void deliverAlone(QueuedMessage message) {
        try {
            deliver(message);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Message " + message.messageId() + " failed unexpectedly", unexpected);
            // the class only: the admin API shows this, and an exception's text may quote the message's values
            settleFailure(message, "unexpected: " + unexpected.getClass().getName(), false);
        }
    }

    private void deliver(QueuedMessage message) {
        RenderedMessage rendered = templates.render(
                message.kind(),
                message.channel(),
                message.locale(),
                TemplateValues.fromJson(sealingKey.open(message.sealedValues())));
        Instant started = clock.instant();
        long sending = System.nanoTime();
        List<GatewayAttempt> attempts = senderFor(message.channel())
                .send(new OutgoingMessage(message.messageId(), message.clientId(), message.destination(), rendered));
        // to the nanosecond, as the other timers: Payara writes a timer's sum a thousand times too small when it is
        // a whole number of seconds, as a sum of milliseconds can be
        Duration took = Duration.ofNanos(System.nanoTime() - sending);
        GatewayAttempt last = attempts.get(attempts.size() - 1);
        String outcome = conclude(message, last);
        metrics.delivery(
                message.channel().name(),
                switch (outcome) {
                    case "SENT" -> OtpMetrics.Delivery.DELIVERED;
                    case "RETRY" -> OtpMetrics.Delivery.RETRIED;
                    default -> OtpMetrics.Delivery.DEAD_LETTERED;
                },
                took);
        for (int i = 0; i < attempts.size(); i++) {
            GatewayAttempt attempt = attempts.get(i);
            record(message, attempt, i == attempts.size() - 1 ? outcome : passedOver(attempt), started);
            started = started.plusMillis(attempt.latencyMs());
        }
    }

    /** Settles the message by the last attempt and names its outcome: SENT, RETRY or FAILED. */
    private String conclude(QueuedMessage message, GatewayAttempt last) {
        Instant now = clock.instant();
        String where =
                message.messageId() + " by " + message.channel() + " to " + Destinations.masked(message.destination());
        if (last.outcome() == Outcome.ACCEPTED) {
            message.sent(last.providerMessageId(), now);
            // the common case, on record in the message and its attempts; a line each cost a few % of a request
            LOG.fine(() -> "Sent message " + where + " through " + last.gateway());
            return "SENT";
        }
        String error = AttemptDetail.shortened(last.gateway() + ": " + last.detail());
        boolean final_ = settleFailure(message, error, last.outcome() == Outcome.PERMANENT);
        LOG.warning(() -> "Message " + where + (final_ ? " failed for good: " : " will be retried: ") + error);
        return final_ ? "FAILED" : "RETRY";
    }

    /** Fails the message for good, or queues it again when its retry policy says; true when final. */
    private boolean settleFailure(QueuedMessage message, String error, boolean permanent) {
        Instant now = clock.instant();
        Optional<Instant> next = permanent
                ? Optional.empty()
                : settings.retryPolicy().nextTry(message.createdAt(), now, message.attempts() + 1);
        next.ifPresentOrElse(at -> message.retryAt(at, error), () -> message.failed(error, now));
        return next.isEmpty();
    }

    private static String passedOver(GatewayAttempt attempt) {
        return attempt.outcome() == Outcome.SKIPPED ? "SKIPPED" : "FAILOVER";
    }

    private void record(QueuedMessage message, GatewayAttempt attempt, String outcome, Instant at) {
        store.record(new DeliveryAttempt(
                UUID.randomUUID().toString(),
                message.messageId(),
                attempt.gateway(),
                outcome,
                attempt.providerMessageId(),
                attempt.latencyMs(),
                AttemptDetail.shortened(attempt.detail()),
                at,
                attempt.encoding(),
                attempt.segments()));
    }

    private ChannelSender senderFor(DeliveryChannel channel) {
        return senders.stream()
                .filter(sender -> sender.channel() == channel)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No sender for " + channel));
    }
}
