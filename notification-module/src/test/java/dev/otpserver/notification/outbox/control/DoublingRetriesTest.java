package dev.otpserver.notification.outbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoublingRetriesTest {

    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-01T00:10:00Z");

    private final DoublingRetries retries =
            new DoublingRetries(3, new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5)));

    @Test
    void waitsTheBackoffFromTheLastTryNotFromTheFirst() {
        assertEquals(Optional.of(NOW.plusSeconds(5)), retries.nextTry(FIRST, NOW, 1));
        assertEquals(Optional.of(NOW.plusSeconds(10)), retries.nextTry(FIRST, NOW, 2));
    }

    @Test
    void givesUpOnceTheTriesAreMade() {
        assertEquals(Optional.empty(), retries.nextTry(FIRST, NOW, 3));
    }
}
