package dev.otpserver.notification.webhook.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.conflict;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.common.admin.AdminAudit;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.notification.webhook.control.NotificationStore;
import dev.otpserver.notification.webhook.entity.NotificationStatus;
import dev.otpserver.notification.webhook.entity.PartnerNotification;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Locale;

/** What admins do with partner notifications; audited, never with a passcode. */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed(AdminRole.NAME)
public class NotificationAdmin {

    private static final int LIST_LIMIT = 500;

    @Inject
    NotificationStore store;

    @Inject
    Clock clock;

    @Inject
    AdminAudit audit;

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonArray list(String status) {
        JsonArrayBuilder list = JsonDocuments.json().createArrayBuilder();
        store.withStatus(status(status), LIST_LIMIT)
                .forEach(notification -> list.add(NotificationViews.summary(notification)));
        return list.build();
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonObject notification(String notificationId) {
        PartnerNotification notification = find(notificationId);
        return NotificationViews.detail(notification, store.attempts(notificationId));
    }

    /** A dead letter starts a new schedule from now, under the same notification id. */
    public JsonObject replay(String notificationId) {
        PartnerNotification notification = find(notificationId);
        if (notification.status() != NotificationStatus.DEAD) {
            throw conflict("Only a DEAD notification can be replayed; " + notificationId + " is "
                    + notification.status() + ".");
        }
        if (notification.sealedBody().isEmpty()) {
            throw conflict("The passcode of " + notificationId
                    + " was scrubbed when its challenge expired; nothing to replay.");
        }
        notification.replay(clock.instant());
        audit.record("replayed partner notification " + notificationId + " of client " + notification.clientId());
        return NotificationViews.summary(notification);
    }

    private PartnerNotification find(String notificationId) {
        return store.find(notificationId)
                .orElseThrow(() -> notFound("No partner notification " + notificationId + "."));
    }

    private static NotificationStatus status(String text) {
        try {
            return NotificationStatus.valueOf(text == null ? "DEAD" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw badRequest("status must be PENDING, ACKED, MANUAL_ACTION or DEAD.");
        }
    }
}
