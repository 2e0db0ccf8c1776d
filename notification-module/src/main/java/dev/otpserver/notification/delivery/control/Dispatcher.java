package dev.otpserver.notification.delivery.control;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.Destinations;
import dev.otpserver.common.secret.SealingKey;
import dev.otpserver.notification.delivery.entity.DeliveryAttempt;
import dev.otpserver.notification.delivery.entity.QueuedMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Delivers one due message per call, in a transaction of its own that keeps the message's row locked
 * while it is sent: another node skips it, and a crash before commit leaves it queued, not lost.
 */
@Stateless
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Inject
    MessageStore store;

    @Inject
    SealingKey sealingKey;

    @Inject
    Templates templates;

    @Inject
    Instance<ChannelSender> senders;

    @Inject
    DeliverySettings settings;

    @Inject
    Clock clock;

    /** Returns false when no message was due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliverNext() {
        return store.claimNextDue(clock.instant()).map(this::deliver).orElse(false);
    }

    private boolean deliver(QueuedMessage message) {
        ChannelSender sender = senderFor(message.channel());
        RenderedMessage rendered = templates.render(message.kind(), message.channel(), message.locale(),
                TemplateValues.fromJson(sealingKey.open(message.sealedValues())));
        long started = System.nanoTime();
        try {
            String providerId = sender.send(message.messageId(), message.clientId(), message.destination(), rendered);
            message.sent(providerId, clock.instant());
            record(message, sender, "SENT", providerId, started, null);
            LOG.info(() -> "Sent message " + message.messageId() + " by " + message.channel() + " to "
                    + Destinations.masked(message.destination()) + " through " + sender.gateway());
        } catch (DeliveryFailure failure) {
            failed(message, sender, failure, started);
        }
        return true;
    }

    private void failed(QueuedMessage message, ChannelSender sender, DeliveryFailure failure, long started) {
        Instant now = clock.instant();
        boolean last = failure.permanent() || message.attempts() + 1 >= settings.maxAttempts();
        if (last) {
            message.failed(failure.getMessage(), now);
        } else {
            message.retryAt(now.plus(settings.backoff().after(message.attempts() + 1)), failure.getMessage());
        }
        record(message, sender, last ? "FAILED" : "RETRY", null, started, failure.getMessage());
        LOG.warning(() -> "Message " + message.messageId() + " to " + Destinations.masked(message.destination())
                + (last ? " failed for good: " : " will be retried: ") + failure.getMessage());
    }

    private void record(QueuedMessage message, ChannelSender sender, String outcome, String providerId, long started, String detail) {
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        store.record(new DeliveryAttempt(UUID.randomUUID().toString(), message.messageId(), sender.gateway(), outcome,
                providerId, latencyMs, detail, clock.instant()));
    }

    private ChannelSender senderFor(DeliveryChannel channel) {
        return senders.stream().filter(sender -> sender.channel() == channel).findFirst()
                .orElseThrow(() -> new IllegalStateException("No sender for " + channel));
    }
}
