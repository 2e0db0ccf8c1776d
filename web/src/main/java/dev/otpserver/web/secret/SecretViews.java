package dev.otpserver.web.secret;

import dev.otpserver.common.gateway.ServerSigningKey;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.secret.Rings;
import dev.otpserver.common.secret.SecretRing;
import dev.otpserver.common.secret.SecretSetting;
import dev.otpserver.common.secret.SecretVersion;
import dev.otpserver.common.signature.PemKeys;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The admin's view of secret versions: numbers, states, dates, fingerprints and public keys; never a secret. */
final class SecretViews {

    private SecretViews() {}

    static JsonObject of(
            Rings rings, SecretRing<ServerSigningKey> signingKeys, List<SecretVersion> stored, Instant now) {
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("pepper", secret(SecretSetting.PEPPER, rings.peppers(), stored, now, false))
                .add("sealingKey", secret(SecretSetting.SEALING_KEY, rings.sealingKeys(), stored, now, false))
                .add("signingKey", secret(SecretSetting.SIGNING_KEY, signingKeys, stored, now, true))
                .build();
    }

    static JsonObject version(SecretVersion version, Instant now) {
        JsonObjectBuilder view = JsonDocuments.json()
                .createObjectBuilder()
                .add("secret", version.secretName())
                .add("version", version.version())
                .add("state", state(version.activeFrom(), version.version(), now, -1))
                .add("source", "rotation")
                .add("fingerprint", version.fingerprint())
                .add("createdAt", version.createdAt().toString())
                .add("createdBy", version.createdBy());
        version.activeFrom().ifPresent(from -> view.add("activeFrom", from.toString()));
        version.publicKey().ifPresent(pem -> view.add("publicKey", pem));
        return view.build();
    }

    private static <T> JsonObject secret(
            SecretSetting setting, SecretRing<T> ring, List<SecretVersion> stored, Instant now, boolean publicKeys) {
        int inUse = ring.current(now).number();
        JsonArrayBuilder versions = JsonDocuments.json().createArrayBuilder();
        for (SecretRing.Version<T> known : ring.newestFirst()) {
            Optional<SecretVersion> row = stored.stream()
                    .filter(candidate ->
                            candidate.secretName().equals(setting.name()) && candidate.version() == known.number())
                    .findFirst();
            JsonObjectBuilder view = row.map(found -> JsonDocuments.json().createObjectBuilder(version(found, now)))
                    .orElseGet(() -> JsonDocuments.json()
                            .createObjectBuilder()
                            .add("secret", setting.name())
                            .add("version", known.number())
                            .add("source", "secret store"));
            view.add("state", state(known.activeFrom(), known.number(), now, inUse));
            if (publicKeys && known.secret() instanceof ServerSigningKey key) {
                view.add("publicKey", PemKeys.pem(key.publicKey()));
            }
            versions.add(view);
        }
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("inUse", inUse)
                .add("versions", versions)
                .build();
    }

    /** IN_USE, ANNOUNCED (a signing key not yet signing) or PREVIOUS (kept to verify and open what it made). */
    static String state(Optional<Instant> activeFrom, int number, Instant now, int inUse) {
        if (activeFrom.isEmpty() || activeFrom.get().isAfter(now)) {
            return "ANNOUNCED";
        }
        return number == inUse || inUse < 0 ? "IN_USE" : "PREVIOUS";
    }
}
