package dev.otpserver.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class NotificationLoadTest {

    private final List<Long> hundredLatencies =
            LongStream.rangeClosed(1, 100).boxed().toList();

    @Test
    void percentileIsTheSmallestValueThatManyPercentAreAtOrBelow() {
        assertEquals(50, NotificationLoad.percentile(hundredLatencies, 50));
        assertEquals(99, NotificationLoad.percentile(hundredLatencies, 99));
    }

    @Test
    void percentileOfNothingIsZero() {
        assertEquals(0, NotificationLoad.percentile(List.of(), 99));
    }
}
