package dev.otpserver.config.client.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger lookups = new AtomicInteger();
    private final ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(5), 3, clock::get);

    private String lookUp(String key) {
        lookups.incrementAndGet();
        return key + "#" + lookups.get();
    }

    @Test
    void answerIsKeptForItsLifetimeThenLookedUpAgain() {
        assertEquals("a#1", cache.get("a", this::lookUp));
        clock.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals("a#1", cache.get("a", this::lookUp));
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals("a#2", cache.get("a", this::lookUp));
    }

    @Test
    void clearedCacheLooksUpAgain() {
        cache.get("a", this::lookUp);
        cache.clear();
        assertEquals("a#2", cache.get("a", this::lookUp));
    }

    @Test
    void manyKeysStartItAfreshInsteadOfGrowingIt() {
        cache.get("a", this::lookUp);
        cache.get("b", this::lookUp);
        cache.get("c", this::lookUp);
        cache.get("d", this::lookUp);
        assertEquals("a#5", cache.get("a", this::lookUp));
    }

    @Test
    void zeroLifetimeKeepsNothing() {
        ExpiringCache<String, String> never = new ExpiringCache<>(Duration.ZERO, 3, clock::get);
        never.get("a", this::lookUp);
        assertEquals("a#2", never.get("a", this::lookUp));
    }
}
