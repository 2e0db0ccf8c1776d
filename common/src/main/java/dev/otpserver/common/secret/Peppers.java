package dev.otpserver.common.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The peppers of code and token hashes: a new hash is made with the pepper in use, a stored one is checked with
 * the pepper of its version, so that codes and tokens hashed before a rotation still verify.
 */
@ApplicationScoped
public class Peppers {

    @Inject
    SecretVersions versions;

    @Inject
    Clock clock;

    /** {@code parts} hashed with the pepper in use. */
    public KeyedHash hash(String... parts) {
        SecretRing.Version<Pepper> current = versions.rings().peppers().current(clock.instant());
        return new KeyedHash(current.number(), current.secret().hash(parts));
    }

    /** {@code parts} hashed with the pepper of {@code version}, to compare with a hash stored under it. */
    public String hash(int version, String... parts) {
        return versions.version(Rings::peppers, version, "pepper").hash(parts);
    }

    /** {@code parts} hashed with every pepper, newest first: to find a row keyed by its hash. */
    public List<KeyedHash> hashesUnderEveryVersion(String... parts) {
        return versions.rings().peppers().newestFirst().stream()
                .map(version -> new KeyedHash(version.number(), version.secret().hash(parts)))
                .toList();
    }
}
