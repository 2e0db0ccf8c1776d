package dev.otpserver.notification.webhook.boundary;

import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.notification.webhook.entity.NotificationAttempt;
import dev.otpserver.notification.webhook.entity.PartnerNotification;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;

/** How the admin API shows a notification: its state and attempts, never its body. */
final class NotificationViews {

    private NotificationViews() {}

    static JsonObject summary(PartnerNotification notification) {
        return base(notification).build();
    }

    static JsonObject detail(PartnerNotification notification, List<NotificationAttempt> attempts) {
        JsonArrayBuilder list = JsonDocuments.json().createArrayBuilder();
        attempts.forEach(attempt -> {
            JsonObjectBuilder view = JsonDocuments.json()
                    .createObjectBuilder()
                    .add("attemptNo", attempt.attemptNo())
                    .add("attemptedAt", attempt.attemptedAt().toString())
                    .add("outcome", attempt.outcome())
                    .add("latencyMs", attempt.latencyMs());
            if (attempt.httpStatus() != null) {
                view.add("httpStatus", attempt.httpStatus());
            }
            if (attempt.detail() != null) {
                view.add("detail", attempt.detail());
            }
            list.add(view);
        });
        return base(notification).add("attempts", list).build();
    }

    private static JsonObjectBuilder base(PartnerNotification notification) {
        JsonObjectBuilder view = JsonDocuments.json()
                .createObjectBuilder()
                .add("notificationId", notification.notificationId())
                .add("clientId", notification.clientId())
                .add("customerId", notification.customerId())
                .add("status", notification.status().name())
                .add("roundAttempts", notification.roundAttempts())
                .add("passcodeKept", notification.sealedBody().isPresent())
                .add("challengeExpiresAt", notification.challengeExpiresAt().toString())
                .add("createdAt", notification.createdAt().toString());
        optional(view, "scheduleStart", notification.scheduleStart());
        optional(view, "nextAttemptAt", notification.nextAttemptAt());
        if (notification.lastOutcome() != null) {
            view.add("lastOutcome", notification.lastOutcome());
        }
        return view;
    }

    private static void optional(JsonObjectBuilder view, String name, Instant instant) {
        if (instant != null) {
            view.add(name, instant.toString());
        }
    }
}
