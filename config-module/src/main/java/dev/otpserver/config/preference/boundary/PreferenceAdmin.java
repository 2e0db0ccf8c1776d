package dev.otpserver.config.preference.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.common.admin.AdminAudit;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.gateway.ClientKeyDirectory;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.config.preference.control.PreferenceStore;
import dev.otpserver.config.preference.entity.NotifyPreference;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Locale;

/**
 * What admins do with a partner's otpApiNotifyPreference, the same setting the partner changes itself with
 * updateOtpNotifyConfig: read it, set it (for the partner's own account, or a customer's). Audited.
 */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed(AdminRole.NAME)
public class PreferenceAdmin {

    @Inject
    PreferenceStore store;

    @Inject
    ClientKeyDirectory clients;

    @Inject
    AdminAudit audit;

    @Inject
    Clock clock;

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonObject find(String clientId, String customerId) {
        requireClient(clientId);
        String account = account(customerId);
        return view(clientId, account, store.find(clientId, account).orElse(NotifyPreference.OFF));
    }

    public JsonObject set(String clientId, PreferenceForm form) {
        requireClient(clientId);
        String account = account(form == null ? null : form.customerId());
        NotifyPreference preference = preference(form == null ? null : form.otpApiNotifyPreference());
        store.set(clientId, account, preference, clock.instant());
        audit.record("set otpApiNotifyPreference of client " + clientId
                + (account.isEmpty() ? "" : " for customer " + account) + " to " + preference);
        return view(clientId, account, preference);
    }

    private void requireClient(String clientId) {
        if (clients.find(clientId).isEmpty()) {
            throw notFound("No client " + clientId + ".");
        }
    }

    /** The customer's account, or the partner's own (""). */
    private static String account(String customerId) {
        String account = customerId == null ? "" : customerId.trim();
        if (account.length() > 64) {
            throw badRequest("customerId must be at most 64 characters.");
        }
        return account;
    }

    private static NotifyPreference preference(String text) {
        try {
            return NotifyPreference.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw badRequest("otpApiNotifyPreference must be ON or OFF.");
        }
    }

    private static JsonObject view(String clientId, String account, NotifyPreference preference) {
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("clientId", clientId)
                .add("customerId", account)
                .add("otpApiNotifyPreference", preference.name())
                .build();
    }
}
