package dev.otpserver.notification.outbox.control;

import java.time.Instant;
import java.util.Optional;

/** When a channel tries a row again after a try that did not deliver it, or that it gives up: each channel has its own. */
@FunctionalInterface
public interface RetryPolicy {

    /**
     * When the next try is due after {@code triesMade} tries, the first of them at {@code firstTry}, the last
     * one settled at {@code now}; empty when no try is left.
     */
    Optional<Instant> nextTry(Instant firstTry, Instant now, int triesMade);
}
