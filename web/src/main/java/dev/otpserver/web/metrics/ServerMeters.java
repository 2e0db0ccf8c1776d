package dev.otpserver.web.metrics;

import dev.otpserver.common.metrics.MeterBackend;
import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Chooses the server's metrics support at deployment and hands it to {@link OtpMetrics}: MicroProfile Metrics
 * where it is (Payara), Micrometer where it is (WildFly's micrometer subsystem), none elsewhere. Each adapter
 * is a bean only where its API exists (WEB-INF/beans.xml), so that neither server trips over the other's
 * API; and this is the WAR, which sees the server's API where common's jar in EAR/lib may not.
 */
@WebListener
public class ServerMeters implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ServerMeters.class.getName());

    @Inject
    Instance<ServerMeterBackend> backends;

    @Inject
    OtpMetrics metrics;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        MeterBackend chosen = backends.stream()
                .filter(ServerMeterBackend::available)
                .findFirst()
                .map(MeterBackend.class::cast)
                .orElse(MeterBackend.NONE);
        metrics.use(chosen);
        LOG.info(() -> "Metrics go to " + (chosen == MeterBackend.NONE ? "nowhere: no metrics support found" : chosen));
    }
}
