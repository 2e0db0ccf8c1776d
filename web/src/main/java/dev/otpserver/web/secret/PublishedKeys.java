package dev.otpserver.web.secret;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.otpserver.common.gateway.ServerSigningKey;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.secret.SecretRing;
import dev.otpserver.common.signature.PemKeys;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

/**
 * What partners get of the server signing keys: per {@code keyVersion} its state and its public key, as PEM
 * (X.509 SubjectPublicKeyInfo, what partners register their own keys as) and as a public JWK ({@code kid} the
 * keyVersion). Built from the public halves only: no private member can reach the answer.
 */
final class PublishedKeys {

    private PublishedKeys() {}

    static JsonObject of(SecretRing<ServerSigningKey> ring, Instant now) {
        int inUse = ring.current(now).number();
        JsonArrayBuilder keys = JsonDocuments.json().createArrayBuilder();
        for (SecretRing.Version<ServerSigningKey> version : ring.newestFirst()) {
            RSAPublicKey publicKey = (RSAPublicKey) version.secret().publicKey();
            keys.add(JsonDocuments.json()
                    .createObjectBuilder()
                    .add("keyVersion", version.number())
                    .add("state", SecretViews.state(version.activeFrom(), version.number(), now, inUse))
                    .add("algorithm", "RSA256")
                    .add("publicKey", PemKeys.pem(publicKey))
                    .add("jwk", jwk(version.number(), publicKey)));
        }
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("inUse", inUse)
                .add("keys", keys)
                .build();
    }

    private static JsonObjectBuilder jwk(int keyVersion, RSAPublicKey publicKey) {
        RSAKey jwk = new RSAKey.Builder(publicKey)
                .keyID(Integer.toString(keyVersion))
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
        JsonObjectBuilder view = JsonDocuments.json().createObjectBuilder();
        jwk.toJSONObject().forEach((name, value) -> view.add(name, String.valueOf(value)));
        return view;
    }
}
