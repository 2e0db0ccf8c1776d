package dev.otpserver.common.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Makes new versions of the server secrets, in the caller's transaction: a random secret, sealed under the
 * key-wrapping key, in srv_secret_version. A new pepper or sealing key is in use at once (the old ones stay, so
 * what they hashed or sealed still verifies and opens). The signing key's versions are made the same way by
 * {@code dev.otpserver.common.gateway.SigningKeyRotation}.
 */
@ApplicationScoped
public class SecretRotation {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Inject
    SealingKey sealingKey;

    @Inject
    Clock clock;

    @Inject
    Event<SecretVersions.SecretRotated> rotated;

    /** A new pepper or sealing key ({@code setting}), in use from now on. */
    public SecretVersion rotateSymmetric(SecretSetting setting, String by) {
        byte[] secret = new byte[SecretValue.BYTES];
        RANDOM.nextBytes(secret);
        Instant now = clock.instant();
        return add(new SecretVersion(
                setting.name(),
                nextVersion(setting, Rings.BASE_VERSION),
                wrap(Base64.getEncoder().encodeToString(secret)),
                null,
                SecretFingerprint.of(setting.name(), secret),
                now,
                by,
                now));
    }

    /**
     * A new version of {@code setting} whose secret is {@code secretText} (sealed here before it is stored),
     * active from {@code activeFrom} or, when empty, only announced.
     */
    public SecretVersion add(
            SecretSetting setting,
            int version,
            String secretText,
            String publicKey,
            String fingerprint,
            String by,
            Optional<Instant> activeFrom) {
        return add(new SecretVersion(
                setting.name(),
                version,
                wrap(secretText),
                publicKey,
                fingerprint,
                clock.instant(),
                by,
                activeFrom.orElse(null)));
    }

    /** The announced (not yet active) versions of {@code setting}, locked until the transaction ends. */
    public List<SecretVersion> announced(SecretSetting setting) {
        return entityManager
                .createQuery(
                        "SELECT v FROM SecretVersion v WHERE v.secretName = :name AND v.activeFrom IS NULL",
                        SecretVersion.class)
                .setParameter("name", setting.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** {@code version} active from now on. */
    public void activate(SecretVersion version) {
        version.activate(clock.instant());
        rotated.fire(new SecretVersions.SecretRotated(version.secretName(), version.version()));
    }

    /** Every stored version, oldest first. */
    public List<SecretVersion> stored() {
        return entityManager
                .createQuery("SELECT v FROM SecretVersion v ORDER BY v.secretName, v.version", SecretVersion.class)
                .getResultList();
    }

    /** One above the highest version stored or the secret store's; two rotations at once collide on the key. */
    public int nextVersion(SecretSetting setting, int base) {
        Integer highest = entityManager
                .createQuery("SELECT MAX(v.version) FROM SecretVersion v WHERE v.secretName = :name", Integer.class)
                .setParameter("name", setting.name())
                .getSingleResult();
        return Math.max(base, highest == null ? 0 : highest) + 1;
    }

    private SecretVersion add(SecretVersion version) {
        entityManager.persist(version);
        entityManager.flush();
        rotated.fire(new SecretVersions.SecretRotated(version.secretName(), version.version()));
        return version;
    }

    private String wrap(String secret) {
        return sealingKey.keyWrapping().seal(secret);
    }
}
