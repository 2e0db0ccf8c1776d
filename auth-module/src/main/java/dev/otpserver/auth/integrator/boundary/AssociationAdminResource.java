package dev.otpserver.auth.integrator.boundary;

import dev.otpserver.common.admin.AdminRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A payment-integrator caller's associations with end users (role otp-admin). */
@RequestScoped
@Path("admin/clients/{clientId}/associations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Admin: associations",
        description = "associationIds of payment-integrator callers and their end users; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class AssociationAdminResource {

    @Inject
    AssociationAdmin admin;

    @GET
    @Operation(operationId = "listAssociations", summary = "List the caller's associations")
    public JsonArray list(@PathParam("clientId") String clientId) {
        return admin.list(clientId);
    }

    @PUT
    @Path("{associationId}")
    @Operation(operationId = "associate", summary = "Associate an associationId with an end user: {\"userId\":\"…\"}")
    public JsonObject associate(
            @PathParam("clientId") String clientId,
            @PathParam("associationId") String associationId,
            AssociationForm form) {
        return admin.associate(clientId, associationId, form);
    }

    @GET
    @Path("{associationId}")
    @Operation(operationId = "getAssociation", summary = "Show an association")
    public JsonObject find(@PathParam("clientId") String clientId, @PathParam("associationId") String associationId) {
        return admin.find(clientId, associationId);
    }

    @DELETE
    @Path("{associationId}")
    @Operation(
            operationId = "dissociate",
            summary = "Remove an association: sendOtp with its associationId is then refused (404 INVALID_IDENTIFIER)")
    public Response dissociate(
            @PathParam("clientId") String clientId, @PathParam("associationId") String associationId) {
        admin.dissociate(clientId, associationId);
        return Response.noContent().build();
    }
}
