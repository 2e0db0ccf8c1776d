package dev.otpserver.notification.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

    @Test
    void opensAfterThreeFailuresInARowAndSkipsUntilTheCoolDownEnds() {
        breaker.failed();
        breaker.failed();
        assertTrue(breaker.allowsCall());
        breaker.failed();

        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allowsCall());
        clock.advance(Duration.ofSeconds(29));
        assertFalse(breaker.allowsCall());
    }

    @Test
    void aSuccessInBetweenResetsTheCount() {
        breaker.failed();
        breaker.failed();
        breaker.succeeded();
        breaker.failed();

        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void afterTheCoolDownOneTrialCallGoesThroughAndItsSuccessClosesTheCircuit() {
        open();
        clock.advance(Duration.ofSeconds(30));

        assertTrue(breaker.allowsCall());
        assertFalse(breaker.allowsCall(), "only one trial at a time");
        breaker.succeeded();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allowsCall());
    }

    @Test
    void aFailedTrialOpensTheCircuitForAnotherCoolDown() {
        open();
        clock.advance(Duration.ofSeconds(30));
        assertTrue(breaker.allowsCall());

        breaker.failed();

        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allowsCall());
        clock.advance(Duration.ofSeconds(30));
        assertTrue(breaker.allowsCall());
    }

    private void open() {
        breaker.failed();
        breaker.failed();
        breaker.failed();
    }
}
