package dev.otpserver.auth.lookup.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.auth.integrator.entity.IntegratorOtp;
import dev.otpserver.auth.otp.control.OneTimeCodes;
import dev.otpserver.auth.otp.entity.IssuedCode;
import dev.otpserver.auth.otp.entity.OneTimeCode;
import dev.otpserver.auth.threeds.entity.ThreeDsChallenge;
import dev.otpserver.auth.wallet.entity.Challenge;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.json.JsonDocuments;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** The state of the challenges under a client's request id, of every kind; never the code nor its hash. */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed(AdminRole.NAME)
public class ChallengeLookup {

    @Inject
    OneTimeCodes codes;

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonArray find(String clientId, String requestId) {
        if (clientId == null || clientId.isBlank() || requestId == null || requestId.isBlank()) {
            throw badRequest("clientId and requestId are both required.");
        }
        JsonArrayBuilder found = JsonDocuments.json().createArrayBuilder();
        codes.issued(Challenge.class, clientId, requestId)
                .forEach(challenge -> found.add(state("WALLET", challenge)
                        .add("channel", challenge.channel().name())));
        codes.issued(ThreeDsChallenge.class, clientId, requestId)
                .forEach(challenge -> found.add(state("THREEDS", challenge)
                        .add("delivery", challenge.delivery().name())
                        .add("partnerClientId", challenge.partnerClientId())));
        codes.issued(IntegratorOtp.class, clientId, requestId)
                .forEach(otp -> found.add(state("PAYMENT_INTEGRATOR", otp).add("channel", "SMS")));
        JsonArray states = found.build();
        if (states.isEmpty()) {
            throw notFound("No challenge of client " + clientId + " under request id " + requestId + ".");
        }
        return states;
    }

    private static JsonObjectBuilder state(String kind, IssuedCode issued) {
        OneTimeCode code = issued.code();
        JsonObjectBuilder state = JsonDocuments.json()
                .createObjectBuilder()
                .add("kind", kind)
                .add("clientId", issued.clientId())
                .add("requestId", issued.requestId())
                .add("status", code.status().name())
                .add("failedAttempts", code.failedAttempts())
                .add("maxAttempts", code.maxAttempts())
                .add("createdAt", issued.createdAt().toString())
                .add("expiresAt", code.expiresAt().toString());
        code.verifiedAt().ifPresent(at -> state.add("verifiedAt", at.toString()));
        return state;
    }
}
