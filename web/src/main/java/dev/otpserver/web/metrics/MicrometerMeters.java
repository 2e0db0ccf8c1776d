package dev.otpserver.web.metrics;

import dev.otpserver.common.metrics.MeterBackend;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.Optional;

/** Meters in the registry of WildFly's micrometer subsystem (its Prometheus registry serves them). */
final class MicrometerMeters implements MeterBackend {

    private final MeterRegistry registry;

    private MicrometerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    static Optional<MeterBackend> fromCdi() {
        try {
            var registry = CDI.current().select(MeterRegistry.class);
            return registry.isResolvable() ? Optional.of(new MicrometerMeters(registry.get())) : Optional.empty();
        } catch (RuntimeException | LinkageError unavailable) {
            return Optional.empty();
        }
    }

    @Override
    public void count(String name, String tag, String value) {
        registry.counter(name, tag, value).increment();
    }

    @Override
    public void time(String name, String tag, String value, Duration duration) {
        registry.timer(name, tag, value).record(duration);
    }

    @Override
    public String toString() {
        return "Micrometer";
    }
}
