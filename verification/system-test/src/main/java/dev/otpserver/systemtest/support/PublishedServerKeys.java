package dev.otpserver.systemtest.support;

import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.systemtest.secrets.SecretRotationIT;
import jakarta.json.JsonObject;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's public signing keys as a partner keeps them: cached by keyVersion, and fetched again (here from
 * the admin API's list, which the operator hands to partners) when an answer names a keyVersion not cached yet.
 * So the suite's checks keep working after {@link SecretRotationIT} made a new key sign.
 */
public final class PublishedServerKeys {

    private static final Map<Integer, PublicKey> CACHE = new ConcurrentHashMap<>();

    private PublishedServerKeys() {}

    public static Optional<PublicKey> of(int keyVersion) {
        PublicKey cached = CACHE.get(keyVersion);
        if (cached != null) {
            return Optional.of(cached);
        }
        fetch();
        return Optional.ofNullable(CACHE.get(keyVersion));
    }

    /** The key the server signs with now. */
    public static PublicKey inUse() {
        int inUse = signingKeys().getInt("inUse");
        return of(inUse).orElseThrow(() -> new AssertionError("keyVersion " + inUse + " is not published"));
    }

    /** The admin API's view of the signing keys: {@code inUse} and {@code versions}. */
    static JsonObject signingKeys() {
        AdminClient.Answer answer = AdminClient.admin().send("GET", "/admin/secrets", null);
        if (answer.status() != 200) {
            throw new AssertionError("GET /admin/secrets answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().getJsonObject("signingKey");
    }

    private static void fetch() {
        for (JsonObject version : signingKeys().getJsonArray("versions").getValuesAs(JsonObject.class)) {
            CACHE.put(version.getInt("version"), PemKeys.publicKey(version.getString("publicKey")));
        }
    }
}
