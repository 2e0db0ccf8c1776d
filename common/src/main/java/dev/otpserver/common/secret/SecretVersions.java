package dev.otpserver.common.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's rings of the rotated secrets: the secret store's versions and every version in srv_secret_version.
 * Read again every {@code otp.secrets.refresh-seconds}, so that a rotation made through another node is in use
 * here within that time; at once after a rotation made here; and whenever a stored hash or sealed value names a
 * version this node does not know yet.
 */
@ApplicationScoped
public class SecretVersions {

    private static final Logger LOG = Logger.getLogger(SecretVersions.class.getName());

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Inject
    Pepper pepper;

    @Inject
    SealingKey sealingKey;

    @Inject
    Clock clock;

    /** How long a node uses the versions it read before it reads the table again. */
    @Inject
    @ConfigProperty(name = "otp.secrets.refresh-seconds", defaultValue = "30")
    long refreshSeconds;

    private volatile Rings rings;
    private volatile Instant readAt = Instant.MIN;

    public Rings rings() {
        if (stale()) {
            readIfStale();
        }
        return rings;
    }

    private boolean stale() {
        return rings == null || clock.instant().isAfter(readAt.plusSeconds(refreshSeconds));
    }

    private synchronized void readIfStale() {
        if (stale()) {
            readAgain();
        }
    }

    /** Version {@code number} of a secret, reading the table again if this node does not know it yet. */
    public <T> T version(Function<Rings, SecretRing<T>> ring, int number, String what) {
        return ring.apply(rings())
                .version(number)
                .or(() -> {
                    readAgain();
                    return ring.apply(rings()).version(number);
                })
                .orElseThrow(() -> new IllegalStateException(
                        "Version " + number + " of the " + what + " is unknown to this node"));
    }

    /** After a rotation made here commits: the next use reads the table again (not now: no transaction is left). */
    void rotated(@Observes(during = TransactionPhase.AFTER_SUCCESS) SecretRotated rotated) {
        readAt = Instant.MIN;
    }

    synchronized void readAgain() {
        try {
            List<SecretVersion> rows = entityManager
                    .createQuery("SELECT v FROM SecretVersion v ORDER BY v.secretName, v.version", SecretVersion.class)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            rings = Rings.of(pepper, sealingKey, rows);
            readAt = clock.instant();
        } catch (RuntimeException e) {
            if (rings == null) {
                throw e;
            }
            LOG.log(Level.WARNING, "Cannot read the rotated secrets again; keeping the versions read before", e);
        }
    }

    /** Fired by a rotation; observed after its transaction commits. */
    public record SecretRotated(String secretName, int version) {}
}
