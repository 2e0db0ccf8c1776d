package dev.otpserver.auth.integrator.control;

import dev.otpserver.auth.integrator.entity.Association;
import dev.otpserver.auth.integrator.entity.IntegratorOtp;
import dev.otpserver.auth.integrator.entity.SendGate;
import dev.otpserver.auth.otp.control.OtpPolicy.RecentSends;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads and writes the payment-integrator dialect's codes, associations and send gates. */
@ApplicationScoped
public class IntegratorStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public void add(IntegratorOtp otp) {
        entityManager.persist(otp);
    }

    /**
     * Locks the gate of a destination until the transaction ends, creating it on the first send: sends to
     * one number then follow each other on any node. Two first sends at once collide on the key; the loser's
     * transaction rolls back and is retried by the boundary.
     */
    public void lockGate(String destinationHash, Instant now) {
        if (entityManager.find(SendGate.class, destinationHash, LockModeType.PESSIMISTIC_WRITE) == null) {
            entityManager.persist(new SendGate(destinationHash, now));
            entityManager.flush();
        }
    }

    public RecentSends recentSends(String destinationHash, Instant since) {
        Object[] row = entityManager
                .createQuery(
                        "SELECT COUNT(o), MAX(o.createdAt) FROM IntegratorOtp o"
                                + " WHERE o.destinationHash = :hash AND o.createdAt >= :since",
                        Object[].class)
                .setParameter("hash", destinationHash)
                .setParameter("since", since)
                .getSingleResult();
        return new RecentSends(((Number) row[0]).longValue(), Optional.ofNullable((Instant) row[1]));
    }

    public Optional<Association> association(String clientId, String associationId) {
        return Optional.ofNullable(entityManager.find(Association.class, new Association.Key(clientId, associationId)));
    }

    public List<Association> associationsOf(String clientId) {
        return entityManager
                .createQuery(
                        "SELECT a FROM Association a WHERE a.clientId = :clientId ORDER BY a.createdAt",
                        Association.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    public void add(Association association) {
        entityManager.persist(association);
    }

    public void remove(Association association) {
        entityManager.remove(association);
    }
}
