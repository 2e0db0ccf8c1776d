package dev.otpserver.config.account.boundary;

import dev.otpserver.common.admin.AdminRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin API for OAuth access tokens granted to partners (role otp-admin); a path of its own beside admin/clients/{clientId}. */
@RequestScoped
@Path("admin/clients/{clientId}/access-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: partner accounts", description = "Customer contracts and access tokens; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class AccessTokenAdminResource {

    @Inject
    AccountAdmin admin;

    @GET
    @Operation(
            operationId = "listAccessTokens",
            summary = "List the partner's access tokens that still authorize, without their values")
    public JsonArray liveTokens(@PathParam("clientId") String clientId) {
        return admin.liveTokens(clientId);
    }

    @POST
    @Operation(
            operationId = "grantAccessToken",
            summary =
                    "Grant the partner an access token for a customer's account; its value is shown in this answer only")
    public Response grantToken(@PathParam("clientId") String clientId, AccessTokenForm form) {
        JsonObject token = admin.grantToken(clientId, form);
        return Response.status(Response.Status.CREATED).entity(token).build();
    }

    @DELETE
    @Path("{tokenId}")
    @Operation(operationId = "revokeAccessToken", summary = "Revoke an access token")
    public Response revokeToken(@PathParam("clientId") String clientId, @PathParam("tokenId") String tokenId) {
        admin.revokeToken(clientId, tokenId);
        return Response.noContent().build();
    }
}
