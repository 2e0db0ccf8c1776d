package dev.otpserver.config.otpnotify.control;

import dev.otpserver.common.otpnotify.NotifyEndpoints;
import dev.otpserver.config.otpnotify.entity.NotifyEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The partners' notify URLs, read by the outbox's webhook channel in its own transaction. */
@ApplicationScoped
public class NotifyEndpointStore implements NotifyEndpoints {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Override
    public Optional<String> notifyUrl(String partnerClientId) {
        return endpoint(partnerClientId).map(NotifyEndpoint::notifyUrl);
    }

    public Optional<NotifyEndpoint> endpoint(String clientId) {
        return Optional.ofNullable(entityManager.find(NotifyEndpoint.class, clientId));
    }

    public void add(NotifyEndpoint endpoint) {
        entityManager.persist(endpoint);
    }
}
