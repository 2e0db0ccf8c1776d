package dev.otpserver.web.secret;

import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.secret.SecretSetting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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

/**
 * Rotation of the server secrets without downtime (role otp-admin); the order is in docs/operations.md. A rotation
 * call takes no form: a body other than none or {@code {}} is refused before anything changes (web/admin NoFormGuard).
 */
@RequestScoped
@Path("admin/secrets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Admin: secret rotation",
        description = "Versions of the pepper, the sealing key and the server signing key; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class SecretRotationAdminResource {

    @Inject
    SecretRotationAdmin admin;

    @GET
    @Operation(
            operationId = "listSecretVersions",
            summary = "Every version of each server secret, its state, and the signing keys' public halves")
    public JsonObject secrets() {
        return admin.secrets();
    }

    @GET
    @Path("pepper/hashes")
    @Operation(
            operationId = "countPepperHashes",
            summary = "How many stored hashes each pepper version keys, in all and per table and column")
    public JsonObject pepperHashes() {
        return admin.pepperHashes();
    }

    @POST
    @Path("pepper/rotations")
    @Operation(
            operationId = "rotatePepper",
            summary = "A new pepper, in use at once; codes and tokens hashed before still verify")
    public Response rotatePepper() {
        return created(admin.rotate(SecretSetting.PEPPER));
    }

    @POST
    @Path("sealing-key/rotations")
    @Operation(
            operationId = "rotateSealingKey",
            summary = "A new sealing key, in use at once; messages sealed before are still sent")
    public Response rotateSealingKey() {
        return created(admin.rotate(SecretSetting.SEALING_KEY));
    }

    @POST
    @Path("signing-key/rotations")
    @Operation(
            operationId = "announceSigningKey",
            summary = "A new server signing key, announced (its public half listed) but not yet signing")
    public Response announceSigningKey() {
        return created(admin.announceSigningKey());
    }

    @POST
    @Path("signing-key/versions/{keyVersion}/activation")
    @Operation(
            operationId = "activateSigningKey",
            summary = "The announced signing key signs every answer and notification from now on")
    public JsonObject activateSigningKey(@PathParam("keyVersion") int keyVersion) {
        return admin.activateSigningKey(keyVersion);
    }

    private static Response created(JsonObject version) {
        return Response.status(Response.Status.CREATED).entity(version).build();
    }
}
