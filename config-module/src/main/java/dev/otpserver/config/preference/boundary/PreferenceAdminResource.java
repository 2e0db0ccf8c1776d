package dev.otpserver.config.preference.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A partner's otpApiNotifyPreference (role otp-admin). */
@RequestScoped
@Path("admin/clients/{clientId}/otp-notify-preference")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Admin: partner notifications",
        description = "Notify URLs, preferences, partner notifications, dead letters; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class PreferenceAdminResource {

    @Inject
    PreferenceAdmin admin;

    @GET
    @Operation(
            operationId = "getOtpNotifyPreference",
            summary =
                    "The partner's otpApiNotifyPreference (ON or OFF, default OFF); ?customerId= for a customer's account")
    public JsonObject find(@PathParam("clientId") String clientId, @QueryParam("customerId") String customerId) {
        return admin.find(clientId, customerId);
    }

    @PUT
    @Operation(
            operationId = "setOtpNotifyPreference",
            summary =
                    "Set the partner's otpApiNotifyPreference: {\"otpApiNotifyPreference\":\"ON|OFF\",\"customerId\":\"…\" (optional)}")
    public JsonObject set(@PathParam("clientId") String clientId, PreferenceForm form) {
        return admin.set(clientId, form);
    }
}
