package dev.otpserver.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where the load tool takes its next request of an API from: the driver registers a source per API, the
 * simulation (in the same JVM) draws from it, one fresh, signed request per call.
 */
final class Calls {

    private static final Map<String, Supplier<SignedRequest>> SOURCES = new ConcurrentHashMap<>();

    private Calls() {}

    static void source(String api, Supplier<SignedRequest> source) {
        SOURCES.put(api, source);
    }

    static SignedRequest next(String api) {
        Supplier<SignedRequest> source = SOURCES.get(api);
        if (source == null) {
            throw new IllegalStateException("No requests registered for " + api);
        }
        return source.get();
    }
}
