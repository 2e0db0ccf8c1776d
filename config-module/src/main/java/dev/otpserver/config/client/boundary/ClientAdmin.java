package dev.otpserver.config.client.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.conflict;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.common.admin.AdminAudit;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.common.text.ControlCharacters;
import dev.otpserver.config.client.control.ClientStore;
import dev.otpserver.config.client.control.RegistryCache;
import dev.otpserver.config.client.entity.ClientStatus;
import dev.otpserver.config.client.entity.KeyStatus;
import dev.otpserver.config.client.entity.PartnerClient;
import dev.otpserver.config.client.entity.PartnerClientKey;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What admins do with partner clients and their RSA keys: register, rename, disable, add a key (a rotation adds
 * the next version, the partner switches, then the old one is revoked), revoke. Audited; keys are public.
 */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed(AdminRole.NAME)
public class ClientAdmin {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final int MIN_RSA_BITS = 2048;
    private static final int LIST_LIMIT = 1000;

    @Inject
    ClientStore store;

    @Inject
    Clock clock;

    @Inject
    AdminAudit audit;

    @Inject
    RegistryCache registryCache;

    public JsonObject register(ClientForm form) {
        registryCache.clear();
        String clientId =
                form == null || form.clientId() == null ? "" : form.clientId().trim();
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw badRequest("clientId is required: 1 to 64 of A-Z a-z 0-9 _ . : -");
        }
        if (store.find(clientId).isPresent()) {
            throw conflict("A client " + clientId + " exists already.");
        }
        PartnerClient client = new PartnerClient(clientId, name(form), status(form), clock.instant());
        store.add(client);
        audit.record("registered client " + clientId + " (" + client.status() + ")");
        return view(client);
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonArray list() {
        JsonArrayBuilder list = JsonDocuments.json().createArrayBuilder();
        store.all(LIST_LIMIT).forEach(client -> list.add(view(client)));
        return list.build();
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonObject find(String clientId) {
        return view(existing(clientId));
    }

    public JsonObject change(String clientId, ClientForm form) {
        registryCache.clear();
        PartnerClient client = existing(clientId);
        client.change(name(form), status(form));
        audit.record("changed client " + clientId + " to name '" + client.name() + "', " + client.status());
        return view(client);
    }

    public JsonObject addKey(String clientId, KeyForm form) {
        registryCache.clear();
        existing(clientId);
        String pem =
                form == null || form.publicKey() == null ? "" : form.publicKey().trim();
        int version = form == null || form.keyVersion() == null ? nextVersion(clientId) : form.keyVersion();
        if (version < 1) {
            throw badRequest("keyVersion must be 1 or more.");
        }
        if (store.hasKey(clientId, version)) {
            throw conflict(
                    "Client " + clientId + " has a key of version " + version + " already; rotate to a new version.");
        }
        checkedRsa(pem);
        PartnerClientKey key = new PartnerClientKey(clientId, version, pem, KeyStatus.ACTIVE, clock.instant());
        store.add(key);
        audit.record("added key version " + version + " to client " + clientId);
        return keyView(key);
    }

    public JsonObject revokeKey(String clientId, int keyVersion) {
        registryCache.clear();
        PartnerClientKey key = store.key(clientId, keyVersion)
                .orElseThrow(() -> notFound("Client " + clientId + " has no key of version " + keyVersion + "."));
        key.revoke();
        audit.record("revoked key version " + keyVersion + " of client " + clientId);
        return keyView(key);
    }

    private PartnerClient existing(String clientId) {
        return store.find(clientId).orElseThrow(() -> notFound("No client " + clientId + "."));
    }

    private int nextVersion(String clientId) {
        return store.keysOf(clientId).stream()
                        .mapToInt(PartnerClientKey::keyVersion)
                        .max()
                        .orElse(0)
                + 1;
    }

    private static void checkedRsa(String pem) {
        try {
            if (PemKeys.publicKey(pem) instanceof RSAPublicKey rsa
                    && rsa.getModulus().bitLength() >= MIN_RSA_BITS) {
                return;
            }
        } catch (IllegalArgumentException notAKey) {
            throw badRequest("publicKey must be an RSA public key in PEM (X.509 SubjectPublicKeyInfo).");
        }
        throw badRequest("publicKey must have at least " + MIN_RSA_BITS + " bits.");
    }

    private static String name(ClientForm form) {
        String name = form == null || form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 128 || ControlCharacters.in(name)) {
            throw badRequest(
                    "name is required (shown to end users in messages), at most 128 characters, no control characters.");
        }
        return name;
    }

    private static ClientStatus status(ClientForm form) {
        try {
            return form.status() == null
                    ? ClientStatus.ACTIVE
                    : ClientStatus.valueOf(form.status().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw badRequest("status must be ACTIVE or DISABLED.");
        }
    }

    private JsonObject view(PartnerClient client) {
        JsonArrayBuilder keys = JsonDocuments.json().createArrayBuilder();
        store.keysOf(client.clientId()).forEach(key -> keys.add(keyView(key)));
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("clientId", client.clientId())
                .add("name", client.name())
                .add("status", client.status().name())
                .add("createdAt", client.createdAt().toString())
                .add("keys", keys)
                .build();
    }

    private static JsonObject keyView(PartnerClientKey key) {
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("keyVersion", key.keyVersion())
                .add("status", key.status().name())
                .add("createdAt", key.createdAt().toString())
                .add("publicKey", key.publicKey())
                .build();
    }
}
