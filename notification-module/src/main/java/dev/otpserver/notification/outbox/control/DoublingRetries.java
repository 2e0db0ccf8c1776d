package dev.otpserver.notification.outbox.control;

import java.time.Instant;
import java.util.Optional;

/** At most {@code maxTries} tries, each after the {@link Backoff}'s wait from the try before. */
public record DoublingRetries(int maxTries, Backoff backoff) implements RetryPolicy {

    @Override
    public Optional<Instant> nextTry(Instant firstTry, Instant now, int triesMade) {
        return triesMade >= maxTries ? Optional.empty() : Optional.of(now.plus(backoff.after(triesMade)));
    }
}
