package dev.otpserver.auth.otp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrafficLimiterTest {

    private static final Instant MINUTE = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aBusyClientReservesItsAllowanceInSlicesOfAHundredth() {
        Node node = new Node(new SharedCounts());

        long admitted = IntStream.range(0, 6000)
                .filter(i -> node.limiter.admit("BUSY", 6000))
                .count();

        assertEquals(6000, admitted);
        assertEquals(100, node.counts.reservations, "one database round trip per 60 requests");
        assertFalse(node.limiter.admit("BUSY", 6000));
    }

    @Test
    void aLowLimitIsCountedRequestByRequest() {
        Node node = new Node(new SharedCounts());

        assertTrue(node.limiter.admit("SMALL", 3));
        assertTrue(node.limiter.admit("SMALL", 3));
        assertTrue(node.limiter.admit("SMALL", 3));
        assertFalse(node.limiter.admit("SMALL", 3));
        assertEquals(4, node.counts.reservations);
    }

    @Test
    void nodesSharingTheCountNeverAdmitMoreThanTheLimitTogether() {
        SharedCounts shared = new SharedCounts();
        Node first = new Node(shared);
        Node second = new Node(shared);

        long admitted = IntStream.range(0, 1000)
                .filter(i -> (i % 2 == 0 ? first : second).limiter.admit("SPLIT", 450))
                .count();

        assertEquals(450, admitted);
    }

    @Test
    void anExhaustedClientIsRefusedWithoutAskingTheDatabaseUntilTheNextMinute() {
        Node node = new Node(new SharedCounts());
        IntStream.range(0, 5).forEach(i -> node.limiter.admit("FLOOD", 2));
        int reservations = node.counts.reservations;

        assertFalse(node.limiter.admit("FLOOD", 200));
        assertEquals(reservations, node.counts.reservations);

        node.clock.now = MINUTE.plusSeconds(60);
        assertTrue(node.limiter.admit("FLOOD", 2));
    }

    @Test
    void aLimitOfZeroAdmitsNothing() {
        assertFalse(new Node(new SharedCounts()).limiter.admit("NONE", 0));
    }

    /** One node's limiter on a database count that nodes may share. */
    private static final class Node {

        final MovableClock clock = new MovableClock();
        final SharedCounts counts;
        final TrafficLimiter limiter = new TrafficLimiter();

        Node(SharedCounts counts) {
            this.counts = counts;
            limiter.counts = counts;
            limiter.clock = clock;
        }
    }

    /** The database's counter rows, in memory. */
    private static final class SharedCounts extends TrafficCounts {

        private final Map<String, Integer> rows = new HashMap<>();
        int reservations;

        @Override
        public int add(String clientId, Instant window, int requests) {
            reservations++;
            return rows.merge(clientId + "@" + window, requests, Integer::sum);
        }
    }

    private static final class MovableClock extends Clock {

        Instant now = MINUTE.plusSeconds(5);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
