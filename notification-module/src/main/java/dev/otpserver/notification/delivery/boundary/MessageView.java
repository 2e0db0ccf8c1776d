package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.common.notification.Destinations;
import dev.otpserver.notification.delivery.entity.DeliveryAttempt;
import dev.otpserver.notification.delivery.entity.QueuedMessage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** A message's delivery as admins see it: the destination masked, never the code. */
@JsonbPropertyOrder({
    "messageId",
    "clientId",
    "channel",
    "destination",
    "kind",
    "status",
    "attempts",
    "createdAt",
    "nextAttemptAt",
    "finishedAt",
    "providerMessageId",
    "lastError",
    "history"
})
public record MessageView(
        String messageId,
        String clientId,
        String channel,
        String destination,
        String kind,
        String status,
        int attempts,
        String createdAt,
        String nextAttemptAt,
        String finishedAt,
        String providerMessageId,
        String lastError,
        List<AttemptView> history) {

    static MessageView of(QueuedMessage message, List<DeliveryAttempt> attempts) {
        return new MessageView(
                message.messageId(),
                message.clientId(),
                message.channel().name(),
                Destinations.masked(message.destination()),
                message.kind().name(),
                message.status().name(),
                message.attempts(),
                message.createdAt().toString(),
                message.nextAttemptAt().toString(),
                message.finishedAt().map(Instant::toString).orElse(null),
                message.providerMessageId().orElse(null),
                message.lastError().orElse(null),
                attempts.stream().map(AttemptView::of).toList());
    }

    /** One try of one gateway. */
    @JsonbPropertyOrder({"gateway", "outcome", "providerMessageId", "latencyMs", "detail", "attemptedAt"})
    public record AttemptView(
            String gateway,
            String outcome,
            String providerMessageId,
            long latencyMs,
            String detail,
            String attemptedAt) {

        static AttemptView of(DeliveryAttempt attempt) {
            return new AttemptView(
                    attempt.gateway(),
                    attempt.outcome(),
                    attempt.providerMessageId(),
                    attempt.latencyMs(),
                    attempt.detail(),
                    attempt.attemptedAt().toString());
        }
    }
}
