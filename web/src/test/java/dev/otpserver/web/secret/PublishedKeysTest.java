package dev.otpserver.web.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.nimbusds.jose.jwk.RSAKey;
import dev.otpserver.common.gateway.ServerSigningKey;
import dev.otpserver.common.secret.SecretRing;
import dev.otpserver.common.signature.PemKeys;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedKeysTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final ServerSigningKey FIRST = ServerSigningKey.generate(1);
    private static final ServerSigningKey SECOND = ServerSigningKey.generate(2);
    private static final ServerSigningKey THIRD = ServerSigningKey.generate(3);

    @Test
    void everyKeyVersionIsListedNewestFirstWithItsState() throws Exception {
        SecretRing<ServerSigningKey> ring = SecretRing.of(1, FIRST)
                .with(new SecretRing.Version<>(2, SECOND, Optional.of(NOW.minusSeconds(60))))
                .with(new SecretRing.Version<>(3, THIRD, Optional.empty()));

        JsonObject published = PublishedKeys.of(ring, NOW);

        assertEquals(2, published.getInt("inUse"));
        List<JsonObject> keys = published.getJsonArray("keys").getValuesAs(JsonObject.class);
        assertEquals(
                List.of(3, 2, 1),
                keys.stream().map(key -> key.getInt("keyVersion")).toList());
        assertEquals(
                List.of("ANNOUNCED", "IN_USE", "PREVIOUS"),
                keys.stream().map(key -> key.getString("state")).toList());
        List<ServerSigningKey> signing = List.of(THIRD, SECOND, FIRST);
        for (int i = 0; i < keys.size(); i++) {
            JsonObject key = keys.get(i);
            assertEquals(signing.get(i).publicKey(), PemKeys.publicKey(key.getString("publicKey")));
            RSAKey jwk = RSAKey.parse(key.getJsonObject("jwk").toString());
            assertEquals(signing.get(i).publicKey(), jwk.toRSAPublicKey());
            assertEquals(Integer.toString(key.getInt("keyVersion")), jwk.getKeyID());
            assertEquals("RS256", jwk.getAlgorithm().getName());
            assertFalse(jwk.isPrivate(), "a public JWK");
        }
    }

    @Test
    void noPrivateMemberIsEverInTheList() {
        SecretRing<ServerSigningKey> ring = SecretRing.of(1, FIRST);

        String published = PublishedKeys.of(ring, NOW).toString();

        assertFalse(published.contains("PRIVATE"), published);
        for (String privateMember : List.of("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"")) {
            assertFalse(published.contains(privateMember), privateMember + " in " + published);
        }
        assertEquals(
                "IN_USE",
                PublishedKeys.of(ring, NOW)
                        .getJsonArray("keys")
                        .getJsonObject(0)
                        .getString("state"));
    }
}
