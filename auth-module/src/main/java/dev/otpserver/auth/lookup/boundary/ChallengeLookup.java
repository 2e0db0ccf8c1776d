package dev.otpserver.auth.lookup.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.auth.challenge.entity.OneTimeCode;
import dev.otpserver.auth.lookup.control.ChallengeQueries;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.json.JsonDocuments;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** The state of the challenges under a client's request id, of every kind; never the code nor its hash. */
@Stateless
@DeclareRoles(AdminRole.NAME)
@RolesAllowed(AdminRole.NAME)
public class ChallengeLookup {

    @Inject
    ChallengeQueries queries;

    public JsonArray find(String clientId, String requestId) {
        if (clientId == null || clientId.isBlank() || requestId == null || requestId.isBlank()) {
            throw badRequest("clientId and requestId are both required.");
        }
        JsonArrayBuilder found = JsonDocuments.json().createArrayBuilder();
        queries.wallet(clientId, requestId).forEach(challenge -> found.add(
                state("WALLET", challenge.clientId(), challenge.requestId(), challenge.code(), challenge.createdAt())
                        .add("channel", challenge.channel().name())));
        queries.threeDs(clientId, requestId).forEach(challenge -> found.add(
                state("THREEDS", challenge.clientId(), challenge.requestId(), challenge.code(), challenge.createdAt())
                        .add("delivery", challenge.delivery().name()).add("partnerClientId", challenge.partnerClientId())));
        queries.paymentIntegrator(clientId, requestId).forEach(otp -> found.add(
                state("PAYMENT_INTEGRATOR", otp.clientId(), otp.requestId(), otp.code(), otp.createdAt()).add("channel", "SMS")));
        JsonArray states = found.build();
        if (states.isEmpty()) {
            throw notFound("No challenge of client " + clientId + " under request id " + requestId + ".");
        }
        return states;
    }

    private static JsonObjectBuilder state(String kind, String clientId, String requestId, OneTimeCode code, Instant createdAt) {
        JsonObjectBuilder state = JsonDocuments.json().createObjectBuilder()
                .add("kind", kind)
                .add("clientId", clientId)
                .add("requestId", requestId)
                .add("status", code.status().name())
                .add("failedAttempts", code.failedAttempts())
                .add("maxAttempts", code.maxAttempts())
                .add("createdAt", createdAt.toString())
                .add("expiresAt", code.expiresAt().toString());
        code.verifiedAt().ifPresent(at -> state.add("verifiedAt", at.toString()));
        return state;
    }
}
