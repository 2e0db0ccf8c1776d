package dev.otpserver.web.console;

import dev.otpserver.common.admin.AdminProblem;
import dev.otpserver.config.client.boundary.JoseKeyAdmin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/** A payment integrator's public JOSE keys, on its client's page: listed, added as a JWK, revoked. */
@Named
@RequestScoped
public class ClientJoseKeysPage {

    @Inject
    ClientsPage clients;

    @Inject
    JoseKeyAdmin joseKeyAdmin;

    @Inject
    Changes changes;

    private String jwk;
    private List<Map<String, Object>> keys;

    public List<Map<String, Object>> getKeys() {
        if (keys == null) {
            keys = Views.list(joseKeyAdmin.list(client()));
        }
        return keys;
    }

    public String add() {
        return ClientsPage.backTo(
                client(),
                changes.run(
                        "jose",
                        List.of("jwk"),
                        "JOSE key added to " + client() + ".",
                        () -> joseKeyAdmin.add(client(), parsed(jwk))));
    }

    public String revoke(String keyId) {
        return ClientsPage.backTo(
                client(),
                changes.run(
                        "joseKeys",
                        List.of(),
                        "JOSE key " + keyId + " revoked.",
                        () -> joseKeyAdmin.revoke(client(), keyId)));
    }

    private static JsonObject parsed(String jwk) {
        try {
            return Json.createReader(new StringReader(jwk == null ? "" : jwk)).readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw AdminProblem.badRequest("jwk must be a JSON object: a public JWK (RFC 7517).");
        }
    }

    private String client() {
        return clients.getSelected();
    }

    public String getJwk() {
        return jwk;
    }

    public void setJwk(String jwk) {
        this.jwk = jwk;
    }
}
