package dev.otpserver.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: without it no code can be issued or verified. It lives in EAR/lib
 * because WildFly does not discover health checks inside a WAR of an EAR (WFLY-12835).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Override
    public HealthCheckResponse call() {
        try {
            entityManager.createNativeQuery("SELECT 1").getSingleResult();
            return HealthCheckResponse.up("database");
        } catch (RuntimeException unreachable) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", unreachable.getClass().getSimpleName()).build();
        }
    }
}
