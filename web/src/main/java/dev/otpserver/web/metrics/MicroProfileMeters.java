package dev.otpserver.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Meters in the application registry of MicroProfile Metrics (Payara: {@code /metrics} on the HTTP port). A bean
 * only where the API exists (WEB-INF/beans.xml): WildFly has no MicroProfile Metrics.
 */
@ApplicationScoped
class MicroProfileMeters implements ServerMeterBackend {

    @Inject
    Instance<MetricRegistry> registries;

    private MetricRegistry registry;

    /** Resolves the registry once, at deployment. */
    @Override
    public boolean available() {
        if (registry == null && registries.isResolvable()) {
            registry = registries.get();
        }
        return registry != null;
    }

    @Override
    public void count(String name, String tag, String value) {
        registry.counter(name, new Tag(tag, value)).inc();
    }

    @Override
    public void time(String name, String tag, String value, Duration duration) {
        registry.timer(name, new Tag(tag, value)).update(duration);
    }

    @Override
    public String toString() {
        return "MicroProfile Metrics";
    }
}
