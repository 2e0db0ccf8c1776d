package dev.otpserver.config.otpnotify.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.common.admin.AdminAudit;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.gateway.ClientKeyDirectory;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.config.otpnotify.control.NotifyEndpointStore;
import dev.otpserver.config.otpnotify.entity.NotifyEndpoint;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;

/** What admins do with notify URLs; audited. */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed(AdminRole.NAME)
public class NotifyUrlAdmin {

    @Inject
    NotifyEndpointStore store;

    @Inject
    ClientKeyDirectory clients;

    @Inject
    Clock clock;

    @Inject
    AdminAudit audit;

    public JsonObject setNotifyUrl(String clientId, NotifyUrlForm form) {
        if (clients.find(clientId).isEmpty()) {
            throw notFound("No client " + clientId + ".");
        }
        String url = checkedUrl(form == null ? null : form.notifyUrl());
        store.endpoint(clientId)
                .ifPresentOrElse(
                        endpoint -> endpoint.change(url, clock.instant()),
                        () -> store.add(new NotifyEndpoint(clientId, url, clock.instant())));
        audit.record("set the notify URL of client " + clientId + " to " + url);
        return endpointView(clientId, url);
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonObject notifyUrl(String clientId) {
        return store.notifyUrl(clientId)
                .map(url -> endpointView(clientId, url))
                .orElseThrow(() -> notFound("Client " + clientId + " has no notify URL."));
    }

    private static String checkedUrl(String text) {
        try {
            URI url = URI.create(text == null ? "" : text.trim());
            boolean web = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
            if (web && url.getHost() != null && text.length() <= 2048) {
                return url.toString();
            }
        } catch (IllegalArgumentException notAUri) {
            // answered below
        }
        throw badRequest("notifyUrl must be an absolute http or https URL of at most 2048 characters.");
    }

    private static JsonObject endpointView(String clientId, String url) {
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("clientId", clientId)
                .add("notifyUrl", url)
                .build();
    }
}
