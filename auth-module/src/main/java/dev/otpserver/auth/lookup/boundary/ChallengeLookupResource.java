package dev.otpserver.auth.lookup.boundary;

import dev.otpserver.common.admin.AdminRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lookup of a challenge's state (role otp-admin). */
@RequestScoped
@Path("admin/challenges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: challenges", description = "State of a challenge, never its code; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class ChallengeLookupResource {

    @Inject
    ChallengeLookup lookup;

    @GET
    @Operation(
            operationId = "findChallenges",
            summary = "The challenges under a client's request id (authenticationRequestId, challengeRequestId or "
                    + "sendOtp requestId): kind, status PENDING|VERIFIED|LOCKED, attempts, times")
    public JsonArray find(@QueryParam("clientId") String clientId, @QueryParam("requestId") String requestId) {
        return lookup.find(clientId, requestId);
    }
}
