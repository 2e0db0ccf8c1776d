package dev.otpserver.notification.webhook.boundary;

import dev.otpserver.common.admin.AdminRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partner notifications and their dead letters (role otp-admin). */
@RequestScoped
@Path("admin/partner-notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Admin: partner notifications",
        description = "Notify URLs, partner notifications, dead letters; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class PartnerNotificationAdminResource {

    @Inject
    NotificationAdmin admin;

    @GET
    @Operation(
            operationId = "listPartnerNotifications",
            summary = "Notifications with a status (default DEAD: the dead letters), newest first, at most 500")
    public JsonArray list(@QueryParam("status") String status) {
        return admin.list(status);
    }

    @GET
    @Path("{notificationId}")
    @Operation(
            operationId = "getPartnerNotification",
            summary = "One notification with every attempt (time, HTTP status, outcome, latency)")
    public JsonObject notification(@PathParam("notificationId") String notificationId) {
        return admin.notification(notificationId);
    }

    @POST
    @Path("{notificationId}/replay")
    @Operation(
            operationId = "replayPartnerNotification",
            summary = "Send a dead letter again on a new schedule from now (409 unless DEAD with its passcode kept)")
    public JsonObject replay(@PathParam("notificationId") String notificationId) {
        return admin.replay(notificationId);
    }
}
