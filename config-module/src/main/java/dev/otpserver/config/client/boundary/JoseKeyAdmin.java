package dev.otpserver.config.client.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.conflict;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.otpserver.common.admin.AdminAudit;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.config.client.control.ClientStore;
import dev.otpserver.config.client.control.JoseKeyStore;
import dev.otpserver.config.client.control.RegistryCache;
import dev.otpserver.config.client.entity.ClientJoseKey;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.text.ParseException;
import java.time.Clock;

/**
 * What admins do with a payment-integrator caller's public JOSE keys: add (several may be active, for
 * rotation), list, revoke. Only public keys are taken; each change is audited.
 */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed(AdminRole.NAME)
public class JoseKeyAdmin {

    private static final int MIN_RSA_BITS = 2048;

    @Inject
    JoseKeyStore keys;

    @Inject
    ClientStore clients;

    @Inject
    Clock clock;

    @Inject
    AdminAudit audit;

    @Inject
    RegistryCache registryCache;

    public JsonObject add(String clientId, JsonObject jwkJson) {
        registryCache.clear();
        requireClient(clientId);
        JWK jwk = checked(jwkJson);
        if (keys.find(clientId, jwk.getKeyID()).isPresent()) {
            throw conflict(
                    "Client " + clientId + " has a key " + jwk.getKeyID() + " already; give the new key another kid.");
        }
        ClientJoseKey key = new ClientJoseKey(
                new ClientJoseKey.Key(clientId, jwk.getKeyID()),
                ClientJoseKey.Use.valueOf(jwk.getKeyUse().identifier()),
                jwk.toJSONString(),
                clock.instant());
        keys.add(key);
        audit.record("added JOSE key " + jwk.getKeyID() + " (" + key.use() + ") to client " + clientId);
        return view(key);
    }

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonArray list(String clientId) {
        requireClient(clientId);
        JsonArrayBuilder list = JsonDocuments.json().createArrayBuilder();
        keys.keysOf(clientId).forEach(key -> list.add(view(key)));
        return list.build();
    }

    public JsonObject revoke(String clientId, String keyId) {
        registryCache.clear();
        ClientJoseKey key = keys.find(clientId, keyId)
                .orElseThrow(() -> notFound("Client " + clientId + " has no key " + keyId + "."));
        key.revoke();
        audit.record("revoked JOSE key " + keyId + " of client " + clientId);
        return view(key);
    }

    private void requireClient(String clientId) {
        if (clients.find(clientId).isEmpty()) {
            throw notFound("No client " + clientId + ".");
        }
    }

    /** A public RSA (2048 bits or more) or EC key with a kid of at most 128 characters and a use. */
    private static JWK checked(JsonObject json) {
        JWK jwk;
        try {
            jwk = JWK.parse(json == null ? "" : json.toString());
        } catch (ParseException notAJwk) {
            throw badRequest("The body must be a public JWK (RFC 7517): " + notAJwk.getMessage());
        }
        if (jwk.isPrivate()) {
            throw badRequest("Send the public key only; the private part stays with the caller.");
        }
        if (!(jwk instanceof RSAKey || jwk instanceof ECKey)) {
            throw badRequest("kty must be RSA or EC.");
        }
        if (jwk instanceof RSAKey rsa && rsa.size() < MIN_RSA_BITS) {
            throw badRequest("RSA keys must have at least " + MIN_RSA_BITS + " bits.");
        }
        if (jwk.getKeyID() == null || jwk.getKeyID().isBlank() || jwk.getKeyID().length() > 128) {
            throw badRequest("kid is required, at most 128 characters.");
        }
        if (!KeyUse.SIGNATURE.equals(jwk.getKeyUse()) && !KeyUse.ENCRYPTION.equals(jwk.getKeyUse())) {
            throw badRequest(
                    "use is required: \"sig\" for a key that signs requests, \"enc\" for one that answers are encrypted to.");
        }
        return jwk;
    }

    private static JsonObject view(ClientJoseKey key) {
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("clientId", key.clientId())
                .add("kid", key.keyId())
                .add("use", key.use().name())
                .add("status", key.status().name())
                .add("createdAt", key.createdAt().toString())
                .add(
                        "jwk",
                        JsonDocuments.json()
                                .createReader(new StringReader(key.jwk()))
                                .readObject())
                .build();
    }
}
