package dev.otpserver.web.metrics;

import dev.otpserver.common.metrics.MeterBackend;
import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Chooses the server's metrics support at deployment and hands it to {@link OtpMetrics}: MicroProfile Metrics
 * where it is (Payara), Micrometer where it is (WildFly's micrometer subsystem), none elsewhere. The adapters
 * are plain classes, loaded only once their API is known to be there, so that neither server trips over the
 * other's API; and this is the WAR, which sees the server's API where common's jar in EAR/lib may not.
 */
@WebListener
public class ServerMeters implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ServerMeters.class.getName());

    @Inject
    OtpMetrics metrics;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        metrics.use(backend());
    }

    private static MeterBackend backend() {
        Optional<MeterBackend> found = present("org.eclipse.microprofile.metrics.MetricRegistry")
                ? MicroProfileMeters.fromCdi() : Optional.empty();
        if (found.isEmpty() && present("io.micrometer.core.instrument.MeterRegistry")) {
            found = MicrometerMeters.fromCdi();
        }
        MeterBackend backend = found.orElse(MeterBackend.NONE);
        LOG.info(() -> "Metrics go to " + (backend == MeterBackend.NONE ? "nowhere: no metrics support found" : backend));
        return backend;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ServerMeters.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
