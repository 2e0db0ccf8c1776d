package dev.otpserver.auth.lookup.control;

import dev.otpserver.auth.challenge.entity.Challenge;
import dev.otpserver.auth.integrator.entity.IntegratorOtp;
import dev.otpserver.auth.threeds.entity.ThreeDsChallenge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The challenges of every kind under one (client, request id). */
@ApplicationScoped
public class ChallengeQueries {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public List<Challenge> wallet(String clientId, String requestId) {
        return query("Challenge", Challenge.class, clientId, requestId);
    }

    public List<ThreeDsChallenge> threeDs(String clientId, String requestId) {
        return query("ThreeDsChallenge", ThreeDsChallenge.class, clientId, requestId);
    }

    public List<IntegratorOtp> paymentIntegrator(String clientId, String requestId) {
        return query("IntegratorOtp", IntegratorOtp.class, clientId, requestId);
    }

    private <T> List<T> query(String entity, Class<T> type, String clientId, String requestId) {
        return entityManager.createQuery("SELECT c FROM " + entity + " c WHERE c.clientId = :clientId AND c.requestId = :requestId", type)
                .setParameter("clientId", clientId)
                .setParameter("requestId", requestId)
                .getResultList();
    }
}
