package dev.otpserver.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: without it no code can be issued or verified. It lives in EAR/lib
 * because WildFly does not discover health checks inside a WAR of an EAR (WFLY-12835). The datasource is
 * looked up by its JNDI name when asked, not injected: Payara may create this bean while the EAR is still
 * deploying, and an injection missed then would stay missing until a restart.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** jdbc/otp as Payara binds it, and as WildFly does (it prefixes java:/). */
    private static final List<String> NAMES = List.of("jdbc/otp", "java:/jdbc/otp");

    private static final int TIMEOUT_SECONDS = 2;

    private volatile DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource().getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS)
                    ? HealthCheckResponse.up("database")
                    : down("no answer within " + TIMEOUT_SECONDS + " s");
        } catch (NamingException | SQLException | RuntimeException unreachable) {
            return down(unreachable.getClass().getSimpleName());
        }
    }

    private DataSource dataSource() throws NamingException {
        if (dataSource == null) {
            NamingException last = null;
            for (String name : NAMES) {
                try {
                    dataSource = InitialContext.doLookup(name);
                    return dataSource;
                } catch (NamingException notHere) {
                    last = notHere;
                }
            }
            throw last;
        }
        return dataSource;
    }

    private static HealthCheckResponse down(String error) {
        return HealthCheckResponse.named("database")
                .down()
                .withData("error", error)
                .build();
    }
}
