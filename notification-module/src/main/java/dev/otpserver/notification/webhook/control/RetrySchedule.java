package dev.otpserver.notification.webhook.control;

import dev.otpserver.notification.outbox.control.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Seed 003's schedule: the first attempt at once, then at most 7 retries after 2 min, 10 min, 10 min, 1 h,
 * 2 h, 6 h and 15 h. Each due time is an offset from the first attempt, not from the previous one, so that
 * the pulse's lateness never adds up.
 */
public final class RetrySchedule implements RetryPolicy {

    /** Offsets of the 8 deliveries from the first: 0, 2m, 12m, 22m, 1h22m, 3h22m, 9h22m, 24h22m. */
    static final List<Duration> PUBLISHED_OFFSETS = offsets(
            Duration.ZERO,
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofHours(2),
            Duration.ofHours(6),
            Duration.ofHours(15));

    private final double timeScale;

    private RetrySchedule(double timeScale) {
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException(
                    "otp.notification.webhook.time-scale must be positive, not " + timeScale);
        }
        this.timeScale = timeScale;
    }

    /** The published schedule with every interval multiplied by {@code timeScale} (1 in production). */
    public static RetrySchedule published(double timeScale) {
        return new RetrySchedule(timeScale);
    }

    public int maxDeliveries() {
        return PUBLISHED_OFFSETS.size();
    }

    /** When the next attempt is due after {@code attemptsMade} attempts; empty when the schedule is exhausted. */
    public Optional<Instant> dueAt(Instant firstAttempt, int attemptsMade) {
        if (attemptsMade >= maxDeliveries()) {
            return Optional.empty();
        }
        return Optional.of(firstAttempt.plus(offset(attemptsMade)));
    }

    /** The webhook channel's retry policy: the schedule from the first try, whenever the last one ended. */
    @Override
    public Optional<Instant> nextTry(Instant firstTry, Instant now, int triesMade) {
        return dueAt(firstTry, triesMade);
    }

    /** The scaled offset of delivery {@code index} (0 for the first) from the first. */
    public Duration offset(int index) {
        return Duration.ofMillis(Math.round(PUBLISHED_OFFSETS.get(index).toMillis() * timeScale));
    }

    private static List<Duration> offsets(Duration... intervals) {
        Duration total = Duration.ZERO;
        Duration[] cumulative = new Duration[intervals.length];
        for (int i = 0; i < intervals.length; i++) {
            total = total.plus(intervals[i]);
            cumulative[i] = total;
        }
        return List.of(cumulative);
    }
}
