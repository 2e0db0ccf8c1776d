package dev.otpserver.notification.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant FIRST = Instant.parse("2024-10-18T00:00:00Z");

    @Test
    void eightDeliveriesAtThePublishedOffsetsFromTheFirst() {
        RetrySchedule schedule = RetrySchedule.published(1.0);
        List<Duration> offsets = IntStream.range(0, 8)
                .mapToObj(i -> Duration.between(FIRST, schedule.dueAt(FIRST, i).orElseThrow()))
                .toList();

        assertEquals(
                List.of(
                        Duration.ZERO,
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(12),
                        Duration.ofMinutes(22),
                        Duration.parse("PT1H22M"),
                        Duration.parse("PT3H22M"),
                        Duration.parse("PT9H22M"),
                        Duration.parse("PT24H22M")),
                offsets);
    }

    @Test
    void afterTheEighthAttemptNothingIsDue() {
        assertTrue(RetrySchedule.published(1.0).dueAt(FIRST, 8).isEmpty());
        assertEquals(8, RetrySchedule.published(1.0).maxDeliveries());
    }

    @Test
    void timeScaleMultipliesEveryOffset() {
        RetrySchedule fast = RetrySchedule.published(0.001);

        assertEquals(Duration.ofMillis(120), fast.offset(1));
        assertEquals(Duration.ofMillis(720), fast.offset(2));
        assertEquals(Duration.ofMillis(1_320), fast.offset(3));
        assertEquals(Duration.ofMillis(4_920), fast.offset(4));
        assertEquals(Duration.ofMillis(12_120), fast.offset(5));
        assertEquals(Duration.ofMillis(33_720), fast.offset(6));
        assertEquals(Duration.ofMillis(87_720), fast.offset(7));
    }

    @Test
    void dueTimesDoNotDriftWithLateAttempts() {
        RetrySchedule schedule = RetrySchedule.published(1.0);
        // however late attempt 4 was made, attempt 5 is due 1h22m after the first
        assertEquals(
                FIRST.plus(Duration.parse("PT1H22M")), schedule.dueAt(FIRST, 4).orElseThrow());
    }

    @Test
    void aScaleThatIsNotPositiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.published(0));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.published(-1));
    }
}
