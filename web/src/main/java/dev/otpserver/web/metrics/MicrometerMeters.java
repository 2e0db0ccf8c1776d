package dev.otpserver.web.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Meters in the registry of WildFly's micrometer subsystem (its Prometheus registry serves them). A bean only
 * where the API exists (WEB-INF/beans.xml): Payara has no Micrometer.
 */
@ApplicationScoped
class MicrometerMeters implements ServerMeterBackend {

    @Inject
    Instance<MeterRegistry> registries;

    private MeterRegistry registry;

    /** Resolves the registry once, at deployment. */
    @Override
    public boolean available() {
        if (registry == null && registries.isResolvable()) {
            registry = registries.get();
        }
        return registry != null;
    }

    @Override
    public void count(String name, String tag, String value, long amount) {
        registry.counter(name, tag, value).increment(amount);
    }

    /** A plain timer: WildFly's managed registry refuses per-meter configuration such as histogram buckets. */
    @Override
    public void time(String name, String tag, String value, Duration duration) {
        registry.timer(name, tag, value).record(duration);
    }

    @Override
    public String toString() {
        return "Micrometer";
    }
}
