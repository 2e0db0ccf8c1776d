package dev.otpserver.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the server's purge did over each measurement made while it runs: rows purged (messages and partner
 * notifications, from its own counter), how long the measurement took, and the backlog left after it, which shows
 * whether the purge still had work when the measurement ended. Before each measurement the backlog is topped up to
 * what one measurement takes, so that it lasts on a machine of any speed.
 */
final class PurgeWatch {

    /** One measurement's share of the purge; {@code left} is the backlog still past its retention at its end. */
    record Window(String name, long purged, Duration length, long left) {

        double perSecond() {
            return purged / Math.max(0.001, length.toMillis() / 1000.0);
        }
    }

    private final PurgedRows purged;
    private final PurgeBacklog backlog;
    private final long perMeasurement;
    private final List<Window> windows = new ArrayList<>();
    private final long purgedAtStart;
    private final Instant start = Instant.now();

    /** {@code perMeasurement}: rows of each kind that keep the purge at its cap through one measurement. */
    PurgeWatch(PurgedRows purged, PurgeBacklog backlog, long perMeasurement) {
        this.purged = purged;
        this.backlog = backlog;
        this.perMeasurement = perMeasurement;
        this.purgedAtStart = purged.total();
    }

    /** From this watch's start until now. */
    Window overall() {
        return new Window(
                "the whole window",
                purged.total() - purgedAtStart,
                Duration.between(start, Instant.now()),
                backlog.left());
    }

    <T> T during(String name, Supplier<T> measurement) {
        backlog.topUpTo(perMeasurement);
        long before = purged.total();
        Instant start = Instant.now();
        T result = measurement.get();
        windows.add(new Window(name, purged.total() - before, Duration.between(start, Instant.now()), backlog.left()));
        return result;
    }

    List<Window> windows() {
        return List.copyOf(windows);
    }
}
