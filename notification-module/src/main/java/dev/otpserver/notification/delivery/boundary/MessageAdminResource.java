package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.common.admin.AdminRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin API for messages to end users (role otp-admin). */
@RequestScoped
@Path("admin/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: messages", description = "Delivery status of messages to end users; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class MessageAdminResource {

    @Inject
    MessageAdmin admin;

    @GET
    @Operation(
            operationId = "listMessages",
            summary = "The latest messages, newest first (history left out), by client and status if given")
    public List<MessageView> latest(
            @QueryParam("clientId") String clientId,
            @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return admin.latest(clientId, status, limit);
    }

    @GET
    @Path("{messageId}")
    @Operation(
            operationId = "getMessage",
            summary = "A message's status and every delivery attempt (destination masked, no code)")
    public MessageView message(@PathParam("messageId") String messageId) {
        return admin.message(messageId);
    }

    @GET
    @Path("counts")
    @Operation(
            operationId = "countMessages",
            summary =
                    "Messages per status (QUEUED, SENT, DELIVERED, FAILED) and attempts per outcome (SENT, RETRY, FAILED)")
    public Map<String, Long> counts() {
        return admin.counts();
    }
}
