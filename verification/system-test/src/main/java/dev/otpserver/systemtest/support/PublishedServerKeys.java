package dev.otpserver.systemtest.support;

import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.systemtest.secrets.SecretRotationIT;
import jakarta.json.JsonObject;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's public signing keys as a partner keeps them: cached by keyVersion, and fetched again from the
 * server's public list ({@code GET /server-keys}, no credentials) when an answer names a keyVersion not cached
 * yet. So the suite's checks keep working after {@link SecretRotationIT} made a new key sign.
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
        int inUse = list().getInt("inUse");
        return of(inUse).orElseThrow(() -> new AssertionError("keyVersion " + inUse + " is not published"));
    }

    /** The public list as any partner reads it: {@code inUse} and {@code keys}. */
    public static JsonObject list() {
        AdminClient.Answer answer = AdminClient.anonymous().send("GET", "/server-keys", null);
        if (answer.status() != 200) {
            throw new AssertionError("GET /server-keys answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    private static void fetch() {
        for (JsonObject key : list().getJsonArray("keys").getValuesAs(JsonObject.class)) {
            CACHE.put(key.getInt("keyVersion"), PemKeys.publicKey(key.getString("publicKey")));
        }
    }
}
