package dev.otpserver.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Meters in the application registry of MicroProfile Metrics (Payara: {@code /metrics} on the HTTP port). A bean
 * only where the API exists (WEB-INF/beans.xml): WildFly has no MicroProfile Metrics. The timers export no
 * quantiles (common's META-INF/microprofile-config.properties says why).
 * <p>
 * Each meter is asked of the registry once and kept: Payara's registry looks a metric up and then registers it, so
 * two requests meeting a new meter at once could both register it, and the second one fails.
 */
@ApplicationScoped
class MicroProfileMeters implements ServerMeterBackend {

    /** One meter: its name and its one tag. */
    private record MeterId(String name, String tag, String value) {}

    @Inject
    Instance<MetricRegistry> registries;

    private MetricRegistry registry;
    private final Map<MeterId, Counter> counters = new ConcurrentHashMap<>();
    private final Map<MeterId, Timer> timers = new ConcurrentHashMap<>();

    /** Resolves the registry once, at deployment. */
    @Override
    public boolean available() {
        if (registry == null && registries.isResolvable()) {
            useRegistry(registries.get());
        }
        return registry != null;
    }

    void useRegistry(MetricRegistry applicationRegistry) {
        registry = applicationRegistry;
    }

    @Override
    public void count(String name, String tag, String value, long amount) {
        counters.computeIfAbsent(
                        new MeterId(name, tag, value), id -> registry.counter(id.name(), new Tag(id.tag(), id.value())))
                .inc(amount);
    }

    /**
     * A timer declared in nanoseconds, what its samples hold: Payara's exporter turns max and mean into seconds by
     * the declared unit, and its registry declares seconds for a timer registered by name alone.
     */
    @Override
    public void time(String name, String tag, String value, Duration duration) {
        timers.computeIfAbsent(
                        new MeterId(name, tag, value),
                        id -> registry.timer(inNanoseconds(id.name()), new Tag(id.tag(), id.value())))
                .update(duration);
    }

    private static Metadata inNanoseconds(String name) {
        return Metadata.builder()
                .withName(name)
                .withUnit(MetricUnits.NANOSECONDS)
                .build();
    }

    @Override
    public String toString() {
        return "MicroProfile Metrics";
    }
}
