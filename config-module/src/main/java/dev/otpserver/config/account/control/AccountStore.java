package dev.otpserver.config.account.control;

import dev.otpserver.config.account.entity.AccessToken;
import dev.otpserver.config.account.entity.CustomerContract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public void add(CustomerContract contract) {
        entityManager.persist(contract);
    }

    public Optional<AccessToken> token(String tokenHash) {
        return Optional.ofNullable(entityManager.find(AccessToken.class, tokenHash));
    }

    public void add(AccessToken token) {
        entityManager.persist(token);
    }
}
