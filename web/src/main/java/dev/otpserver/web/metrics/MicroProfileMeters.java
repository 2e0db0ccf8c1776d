package dev.otpserver.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Meters in the application registry of MicroProfile Metrics (Payara: {@code /metrics} on the HTTP port). A bean
 * only where the API exists (WEB-INF/beans.xml): WildFly has no MicroProfile Metrics. The timers export no
 * quantiles (common's META-INF/microprofile-config.properties says why).
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

    /**
     * A timer declared in nanoseconds, what its samples hold: Payara's exporter turns max and mean into seconds by
     * the declared unit, and its registry declares seconds for a timer registered by name alone.
     */
    @Override
    public void time(String name, String tag, String value, Duration duration) {
        registry.timer(inNanoseconds(name), new Tag(tag, value)).update(duration);
    }

    private static Metadata inNanoseconds(String name) {
        return Metadata.builder().withName(name).withUnit(MetricUnits.NANOSECONDS).build();
    }

    @Override
    public String toString() {
        return "MicroProfile Metrics";
    }
}
