package dev.otpserver.config.otpnotify.boundary;

import dev.otpserver.common.admin.AdminRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partner's notify URL (role otp-admin). A path of its own rather than a method of the clients
 * resource's {@code admin/clients/{clientId}}: JAX-RS picks one class per path and never backtracks.
 */
@RequestScoped
@Path("admin/clients/{clientId}/notify-url")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Admin: partner notifications",
        description = "Notify URLs, partner notifications, dead letters; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class NotifyUrlAdminResource {

    @Inject
    NotifyUrlAdmin admin;

    @PUT
    @Operation(
            operationId = "setNotifyUrl",
            summary = "Set where the partner receives 3DS OTP notifications: {\"notifyUrl\":\"https://…\"}")
    public JsonObject set(@PathParam("clientId") String clientId, NotifyUrlForm form) {
        return admin.setNotifyUrl(clientId, form);
    }

    @GET
    @Operation(operationId = "getNotifyUrl", summary = "Where the partner receives 3DS OTP notifications")
    public JsonObject get(@PathParam("clientId") String clientId) {
        return admin.notifyUrl(clientId);
    }
}
