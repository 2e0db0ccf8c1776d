package dev.otpserver.notification.outbox.control;

import java.time.Duration;

/** Waits between tries of a transient failure: doubling from {@code first}, never more than {@code ceiling}. */
public record Backoff(Duration first, Duration ceiling) {

    /** The wait after the {@code attempt}-th failed try (1-based). */
    public Duration after(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration wait = first.multipliedBy(factor);
        return wait.compareTo(ceiling) > 0 ? ceiling : wait;
    }
}
