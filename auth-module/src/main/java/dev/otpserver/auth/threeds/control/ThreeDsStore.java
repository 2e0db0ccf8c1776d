package dev.otpserver.auth.threeds.control;

import dev.otpserver.auth.threeds.entity.ThreeDsChallenge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** 3DS challenges by (caller client, challengeRequestId). */
@ApplicationScoped
public class ThreeDsStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    /** Writes at once, so that a concurrent twin of the request collides here, before anything is sent. */
    public void add(ThreeDsChallenge challenge) {
        entityManager.persist(challenge);
        entityManager.flush();
    }

    public Optional<ThreeDsChallenge> find(String clientId, String requestId) {
        return entityManager
                .createQuery(
                        "SELECT c FROM ThreeDsChallenge c WHERE c.clientId = :clientId"
                                + " AND c.requestId = :requestId",
                        ThreeDsChallenge.class)
                .setParameter("clientId", clientId)
                .setParameter("requestId", requestId)
                .getResultStream()
                .findFirst();
    }
}
