package dev.otpserver.common.secret;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every version of one server secret a node knows: the one from the secret store (the base version) and those
 * made by rotations. The version in use is the newest one active at a given time; every version, active or only
 * announced, stays known, so that what was hashed, sealed or signed under it before a rotation still verifies.
 *
 * @param <T> the secret (a pepper, a sealing key, a signing key)
 */
public final class SecretRing<T> {

    /** One version: the secret and from when it is the one in use (empty while it is only announced). */
    public record Version<T>(int number, T secret, Optional<Instant> activeFrom) {

        boolean activeAt(Instant now) {
            return activeFrom.filter(from -> !from.isAfter(now)).isPresent();
        }
    }

    private final NavigableMap<Integer, Version<T>> versions;

    private SecretRing(NavigableMap<Integer, Version<T>> versions) {
        this.versions = Collections.unmodifiableNavigableMap(versions);
    }

    /** A ring of the base version alone, active since ever. */
    public static <T> SecretRing<T> of(int baseVersion, T base) {
        TreeMap<Integer, Version<T>> versions = new TreeMap<>();
        versions.put(baseVersion, new Version<>(baseVersion, base, Optional.of(Instant.EPOCH)));
        return new SecretRing<>(versions);
    }

    /** This ring and {@code version}; a version number already known is refused (versions never change). */
    public SecretRing<T> with(Version<T> version) {
        if (versions.containsKey(version.number())) {
            throw new IllegalArgumentException("Version " + version.number() + " is already known");
        }
        TreeMap<Integer, Version<T>> more = new TreeMap<>(versions);
        more.put(version.number(), version);
        return new SecretRing<>(more);
    }

    /** The version in use at {@code now}: the newest active one (the base version is always active). */
    public Version<T> current(Instant now) {
        return versions.descendingMap().values().stream()
                .filter(version -> version.activeAt(now))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No active version"));
    }

    public Optional<T> version(int number) {
        return Optional.ofNullable(versions.get(number)).map(Version::secret);
    }

    /** The number a new version gets: one above every known one. */
    public int nextNumber() {
        return versions.lastKey() + 1;
    }

    /** Every version, newest first. */
    public List<Version<T>> newestFirst() {
        return List.copyOf(versions.descendingMap().values());
    }
}
