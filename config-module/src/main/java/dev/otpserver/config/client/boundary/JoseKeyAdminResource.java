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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A payment-integrator caller's public JOSE keys (role otp-admin). */
@RequestScoped
@Path("admin/clients/{clientId}/jose-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: caller keys", description = "Public JWKs of payment-integrator callers; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class JoseKeyAdminResource {

    @Inject
    JoseKeyAdmin admin;

    @POST
    @Operation(
            operationId = "addJoseKey",
            summary = "Add a public JWK (kty RSA or EC, kid, use sig|enc); several may be active for a rotation")
    public Response add(@PathParam("clientId") String clientId, JsonObject jwk) {
        return Response.status(Response.Status.CREATED)
                .entity(admin.add(clientId, jwk))
                .build();
    }

    @GET
    @Operation(operationId = "listJoseKeys", summary = "List the client's JOSE keys, active and revoked")
    public JsonArray list(@PathParam("clientId") String clientId) {
        return admin.list(clientId);
    }

    @DELETE
    @Path("{kid}")
    @Operation(
            operationId = "revokeJoseKey",
            summary = "Revoke a key: it no longer verifies requests nor receives answers")
    public JsonObject revoke(@PathParam("clientId") String clientId, @PathParam("kid") String keyId) {
        return admin.revoke(clientId, keyId);
    }
}
