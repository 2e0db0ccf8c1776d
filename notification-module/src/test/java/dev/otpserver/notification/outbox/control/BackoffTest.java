package dev.otpserver.notification.outbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));

    @Test
    void doublesFromTheFirstWait() {
        assertEquals(Duration.ofSeconds(5), backoff.after(1));
        assertEquals(Duration.ofSeconds(10), backoff.after(2));
        assertEquals(Duration.ofSeconds(40), backoff.after(4));
    }

    @Test
    void neverWaitsLongerThanTheCeiling() {
        assertEquals(Duration.ofMinutes(5), backoff.after(7));
        assertEquals(Duration.ofMinutes(5), backoff.after(500));
    }
}
