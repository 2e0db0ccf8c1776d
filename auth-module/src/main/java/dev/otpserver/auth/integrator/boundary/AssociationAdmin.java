package dev.otpserver.auth.integrator.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.conflict;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.auth.integrator.control.IntegratorStore;
import dev.otpserver.auth.integrator.entity.Association;
import dev.otpserver.auth.user.control.UserStore;
import dev.otpserver.auth.user.entity.EndUser;
import dev.otpserver.common.admin.AdminAudit;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.gateway.ClientKeyDirectory;
import dev.otpserver.common.json.JsonDocuments;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * What admins do with a payment-integrator caller's associations: which end user an associationId stands
 * for (sendOtp by associationId texts that user's phone). Audited.
 */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed(AdminRole.NAME)
public class AssociationAdmin {

    private static final Pattern ASSOCIATION_ID = Pattern.compile("[\\x21-\\x7e]{1,100}");

    @Inject
    IntegratorStore store;

    @Inject
    UserStore users;

    @Inject
    ClientKeyDirectory clients;

    @Inject
    Clock clock;

    @Inject
    AdminAudit audit;

    public JsonObject associate(String clientId, String associationId, AssociationForm form) {
        if (clients.find(clientId).isEmpty()) {
            throw notFound("No client " + clientId + ".");
        }
        if (!ASSOCIATION_ID.matcher(associationId).matches()) {
            throw badRequest("associationId must be 1 to 100 visible ASCII characters.");
        }
        String userId =
                form == null || form.userId() == null ? "" : form.userId().trim();
        EndUser user = users.find(userId)
                .filter(EndUser::exists)
                .orElseThrow(() -> badRequest("userId must name an existing user."));
        if (store.association(clientId, associationId).isPresent()) {
            throw conflict(
                    "Association " + associationId + " of client " + clientId + " exists already; delete it first.");
        }
        Association association = new Association(clientId, associationId, user.userId(), clock.instant());
        store.add(association);
        audit.record("associated " + associationId + " of client " + clientId + " with user " + user.userId());
        return view(association);
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonObject find(String clientId, String associationId) {
        return view(existing(clientId, associationId));
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonArray list(String clientId) {
        JsonArrayBuilder list = JsonDocuments.json().createArrayBuilder();
        store.associationsOf(clientId).forEach(association -> list.add(view(association)));
        return list.build();
    }

    public void dissociate(String clientId, String associationId) {
        store.remove(existing(clientId, associationId));
        audit.record("removed association " + associationId + " of client " + clientId);
    }

    private Association existing(String clientId, String associationId) {
        return store.association(clientId, associationId)
                .orElseThrow(() -> notFound("Client " + clientId + " has no association " + associationId + "."));
    }

    private static JsonObject view(Association association) {
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("clientId", association.clientId())
                .add("associationId", association.associationId())
                .add("userId", association.userId())
                .add("createdAt", association.createdAt().toString())
                .build();
    }
}
