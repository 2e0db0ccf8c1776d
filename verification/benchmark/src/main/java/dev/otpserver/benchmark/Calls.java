package dev.otpserver.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Where the load tool takes its next request of an API from: the driver registers a source per API, the
 * simulation (in the same JVM) draws from it, one fresh, signed request per call.
 */
final class Calls {

    private static final Map<String, Supplier<SignedRequest>> SOURCES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> FAILED = new ConcurrentHashMap<>();

    private Calls() {}

    static void source(String api, Supplier<SignedRequest> source) {
        SOURCES.put(api, source);
    }

    static SignedRequest next(String api) {
        Supplier<SignedRequest> source = SOURCES.get(api);
        if (source == null) {
            throw new IllegalStateException("No requests registered for " + api);
        }
        try {
            return source.get();
        } catch (RuntimeException e) {
            FAILED.computeIfAbsent(api, name -> new AtomicLong()).incrementAndGet();
            throw e;
        }
    }

    /**
     * Requests of an API that could not be made since the last call (a source that ran out of codes to verify):
     * Gatling counts such a session as no request at all, so that they would be missing from the errors.
     */
    static long failedSinceLast(String api) {
        AtomicLong failed = FAILED.get(api);
        return failed == null ? 0 : failed.getAndSet(0);
    }
}
