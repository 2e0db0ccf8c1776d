package dev.otpserver.config.client.boundary;

import dev.otpserver.common.admin.AdminRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Partner clients and their RSA keys (role otp-admin). The one class of {@code admin/clients} and
 * {@code admin/clients/{clientId}}: JAX-RS picks one class per path; the client's other resources
 * (contracts, access tokens, notify URL, JOSE keys, associations) have paths of their own.
 */
@RequestScoped
@Path("admin/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: clients", description = "Partner clients and their RSA keys; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class ClientAdminResource {

    @Inject
    ClientAdmin admin;

    @Context
    UriInfo uri;

    @POST
    @Operation(
            operationId = "registerClient",
            summary = "Register a client: {\"clientId\",\"name\",\"status\":\"ACTIVE|DISABLED\"}")
    public Response register(ClientForm form) {
        JsonObject client = admin.register(form);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(client.getString("clientId"))
                        .build())
                .entity(client)
                .build();
    }

    @GET
    @Operation(operationId = "listClients", summary = "List the clients with their keys")
    public JsonArray list() {
        return admin.list();
    }

    @GET
    @Path("{clientId}")
    @Operation(operationId = "getClient", summary = "Show a client with its keys")
    public JsonObject find(@PathParam("clientId") String clientId) {
        return admin.find(clientId);
    }

    @PUT
    @Path("{clientId}")
    @Operation(
            operationId = "changeClient",
            summary = "Rename a client, disable it (its calls get CLIENT_INVALID) or enable it again")
    public JsonObject change(@PathParam("clientId") String clientId, ClientForm form) {
        return admin.change(clientId, form);
    }

    @POST
    @Path("{clientId}/keys")
    @Operation(
            operationId = "addClientKey",
            summary = "Add an RSA public key (PEM, 2048 bits or more) under a keyVersion (default: the next one)")
    public Response addKey(@PathParam("clientId") String clientId, KeyForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(admin.addKey(clientId, form))
                .build();
    }

    @DELETE
    @Path("{clientId}/keys/{keyVersion}")
    @Operation(
            operationId = "revokeClientKey",
            summary = "Revoke a key: signatures with its keyVersion get KEY_NOT_FOUND")
    public JsonObject revokeKey(@PathParam("clientId") String clientId, @PathParam("keyVersion") int keyVersion) {
        return admin.revokeKey(clientId, keyVersion);
    }
}
