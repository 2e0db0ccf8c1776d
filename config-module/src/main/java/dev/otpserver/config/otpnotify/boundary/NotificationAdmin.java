package dev.otpserver.config.otpnotify.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.conflict;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.common.admin.AdminAudit;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.gateway.ClientKeyDirectory;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.config.otpnotify.control.NotificationStore;
import dev.otpserver.config.otpnotify.entity.NotificationStatus;
import dev.otpserver.config.otpnotify.entity.NotifyEndpoint;
import dev.otpserver.config.otpnotify.entity.PartnerNotification;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;

/** What admins do with notify URLs and partner notifications; audited, never with a passcode. */
@Stateless
@DeclareRoles(AdminRole.NAME)
@RolesAllowed(AdminRole.NAME)
public class NotificationAdmin {

    private static final int LIST_LIMIT = 500;

    @Inject
    NotificationStore store;

    @Inject
    ClientKeyDirectory clients;

    @Inject
    Clock clock;

    @Inject
    AdminAudit audit;

    public JsonObject setNotifyUrl(String clientId, NotifyUrlForm form) {
        if (clients.find(clientId).isEmpty()) {
            throw notFound("No client " + clientId + ".");
        }
        String url = checkedUrl(form == null ? null : form.notifyUrl());
        store.endpoint(clientId).ifPresentOrElse(endpoint -> endpoint.change(url, clock.instant()),
                () -> store.add(new NotifyEndpoint(clientId, url, clock.instant())));
        audit.record("set the notify URL of client " + clientId + " to " + url);
        return endpointView(clientId, url);
    }

    public JsonObject notifyUrl(String clientId) {
        return store.endpoint(clientId).map(endpoint -> endpointView(clientId, endpoint.notifyUrl()))
                .orElseThrow(() -> notFound("Client " + clientId + " has no notify URL."));
    }

    public JsonArray list(String status) {
        JsonArrayBuilder list = JsonDocuments.json().createArrayBuilder();
        store.withStatus(status(status), LIST_LIMIT).forEach(notification -> list.add(NotificationViews.summary(notification)));
        return list.build();
    }

    public JsonObject notification(String notificationId) {
        PartnerNotification notification = find(notificationId);
        return NotificationViews.detail(notification, store.attempts(notificationId));
    }

    /** A dead letter starts a new schedule from now, under the same notification id. */
    public JsonObject replay(String notificationId) {
        PartnerNotification notification = find(notificationId);
        if (notification.status() != NotificationStatus.DEAD) {
            throw conflict("Only a DEAD notification can be replayed; " + notificationId + " is " + notification.status() + ".");
        }
        if (notification.sealedBody().isEmpty()) {
            throw conflict("The passcode of " + notificationId + " was scrubbed when its challenge expired; nothing to replay.");
        }
        notification.replay(clock.instant());
        audit.record("replayed partner notification " + notificationId + " of client " + notification.clientId());
        return NotificationViews.summary(notification);
    }

    private PartnerNotification find(String notificationId) {
        return store.find(notificationId).orElseThrow(() -> notFound("No partner notification " + notificationId + "."));
    }

    private static NotificationStatus status(String text) {
        try {
            return NotificationStatus.valueOf(text == null ? "DEAD" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw badRequest("status must be PENDING, ACKED, MANUAL_ACTION or DEAD.");
        }
    }

    private static String checkedUrl(String text) {
        try {
            URI url = URI.create(text == null ? "" : text.trim());
            boolean web = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
            if (web && url.getHost() != null && text.length() <= 2048) {
                return url.toString();
            }
        } catch (IllegalArgumentException notAUri) {
            // answered below
        }
        throw badRequest("notifyUrl must be an absolute http or https URL of at most 2048 characters.");
    }

    private static JsonObject endpointView(String clientId, String url) {
        return JsonDocuments.json().createObjectBuilder().add("clientId", clientId).add("notifyUrl", url).build();
    }
}
