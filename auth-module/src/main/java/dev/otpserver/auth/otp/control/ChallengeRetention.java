package dev.otpserver.auth.otp.control;

import dev.otpserver.common.replay.SeenRequestStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets what no answer depends on any more: challenges (wallet, 3DS, payment integrator), the answers to their
 * request ids and the wrong codes of their holders once the retention period is over (a repeat of such an old
 * request id is then treated as new), traffic counters of past minutes, and the gateway's record of requests
 * whose Request-Time no longer passes (their replays are stale).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChallengeRetention {

    /** How long challenges and the answers to initAuthentication request ids are kept. */
    @Inject
    @ConfigProperty(name = "otp.auth.retention-hours", defaultValue = "168")
    long retentionHours;

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Inject
    TrafficCounts traffic;

    @Inject
    WrongCodeStore wrongCodes;

    @Inject
    SeenRequestStore seenRequests;

    @Inject
    Clock clock;

    /** Returns how many rows went. */
    public int forgetOld() {
        Instant before = clock.instant().minus(Duration.ofHours(retentionHours));
        int wallet = forget(before, "Challenge") + forget(before, "InitRequest");
        int integrator = forget(before, "Exchange") + forget(before, "IntegratorOtp") + forget(before, "SendGate");
        int budgets = wrongCodes.forgetBefore(before);
        return wallet
                + forget(before, "ThreeDsChallenge")
                + integrator
                + budgets
                + traffic.forgetOldWindows()
                + seenRequests.forgetBefore(clock.instant());
    }

    private int forget(Instant before, String entity) {
        return entityManager
                .createQuery("DELETE FROM " + entity + " e WHERE e.createdAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
