package dev.otpserver.web.secret;

import dev.otpserver.common.gateway.SigningKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public halves of the server's response-signing keys, for partners: public, read-only, no credentials. A
 * partner that meets a {@code keyVersion} it has not cached fetches this list; a key is listed from its
 * announcement on, before any answer carries it. Never private material (docs/api.md, "The server's keys").
 */
@RequestScoped
@Path("server-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Server keys", description = "The server's response-signing public keys, for partners; public")
public class ServerKeysResource {

    /** Partners may cache the list a minute: a key is announced long before it signs (operations.md, Rotation). */
    private static final int MAX_AGE_SECONDS = 60;

    @Inject
    SigningKeys signingKeys;

    @Inject
    Clock clock;

    @GET
    @SecurityRequirementsSet
    @Operation(
            operationId = "listServerSigningKeys",
            summary = "The server's signing public keys by keyVersion (in use, announced, previous), PEM and JWK")
    public Response serverKeys() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(PublishedKeys.of(signingKeys.ring(), clock.instant()))
                .cacheControl(cache)
                .build();
    }
}
