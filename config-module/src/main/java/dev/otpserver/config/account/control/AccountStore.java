package dev.otpserver.config.account.control;

import dev.otpserver.config.account.entity.AccessToken;
import dev.otpserver.config.account.entity.CustomerContract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Contracts with customers and the access tokens granted to partners. */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public Optional<CustomerContract> contract(String clientId, String customerId) {
        return Optional.ofNullable(
                entityManager.find(CustomerContract.class, new CustomerContract.Key(clientId, customerId)));
    }

    /** The partner's contracts by customer, at most {@code limit}. */
    public List<CustomerContract> contracts(String clientId, int limit) {
        return entityManager
                .createQuery(
                        "SELECT c FROM CustomerContract c WHERE c.clientId = :client ORDER BY c.customerId",
                        CustomerContract.class)
                .setParameter("client", clientId)
                .setMaxResults(limit)
                .getResultList();
    }

    public void add(CustomerContract contract) {
        entityManager.persist(contract);
    }

    public Optional<AccessToken> token(String tokenHash) {
        return Optional.ofNullable(entityManager.find(AccessToken.class, tokenHash));
    }

    /** The partner's tokens neither revoked nor expired at {@code now}, newest first, at most {@code limit}. */
    public List<AccessToken> liveTokens(String clientId, Instant now, int limit) {
        return entityManager
                .createQuery(
                        "SELECT t FROM AccessToken t WHERE t.clientId = :client AND t.revokedAt IS NULL"
                                + " AND t.expiresAt > :now ORDER BY t.createdAt DESC",
                        AccessToken.class)
                .setParameter("client", clientId)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public void add(AccessToken token) {
        entityManager.persist(token);
    }
}
