package dev.otpserver.config.client.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Answers kept for a short while and then looked up again, so that a change made on any node is seen here
 * within that while. Bounded: past {@code maxEntries} it starts afresh, so that a flood of unknown keys
 * (every request naming another client) cannot grow it.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAtNanos) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long lifetimeNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    public ExpiringCache(Duration lifetime, int maxEntries) {
        this(lifetime, maxEntries, System::nanoTime);
    }

    ExpiringCache(Duration lifetime, int maxEntries, LongSupplier nanoTime) {
        this.lifetimeNanos = lifetime.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** The kept answer for {@code key}, or a fresh one from {@code lookup}, kept from now on. */
    public V get(K key, Function<K, V> lookup) {
        long now = nanoTime.getAsLong();
        Entry<V> kept = entries.get(key);
        if (kept != null && now - kept.expiresAtNanos() < 0) {
            return kept.value();
        }
        V fresh = lookup.apply(key);
        if (lifetimeNanos > 0) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(fresh, now + lifetimeNanos));
        }
        return fresh;
    }

    /** Everything is looked up again: after a change made on this node. */
    public void clear() {
        entries.clear();
    }
}
