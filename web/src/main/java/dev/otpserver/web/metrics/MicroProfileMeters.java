package dev.otpserver.web.metrics;

import dev.otpserver.common.metrics.MeterBackend;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Meters in the application registry of MicroProfile Metrics (Payara: {@code /metrics} on the HTTP port). */
final class MicroProfileMeters implements MeterBackend {

    private final MetricRegistry registry;

    private MicroProfileMeters(MetricRegistry registry) {
        this.registry = registry;
    }

    static Optional<MeterBackend> fromCdi() {
        try {
            var registry = CDI.current().select(MetricRegistry.class);
            return registry.isResolvable() ? Optional.of(new MicroProfileMeters(registry.get())) : Optional.empty();
        } catch (RuntimeException | LinkageError unavailable) {
            return Optional.empty();
        }
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
