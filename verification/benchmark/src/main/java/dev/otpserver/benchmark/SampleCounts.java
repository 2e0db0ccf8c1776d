package dev.otpserver.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Execution samples counted by a method name, each over all samples taken (a sample without one counts in the total only). */
final class SampleCounts {

    private final Map<String, Integer> counts = new HashMap<>();
    private int samples;

    void add(Optional<String> method) {
        samples++;
        method.ifPresent(name -> counts.merge(name, 1, Integer::sum));
    }

    int samples() {
        return samples;
    }

    double share(String method) {
        return samples == 0 ? 0 : (double) counts.getOrDefault(method, 0) / samples;
    }

    void print(String title, int rows) {
        System.out.printf("%n%s (%d samples)%n", title, samples);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(rows)
                .forEach(entry ->
                        System.out.printf("%6.1f%%  %s%n", 100.0 * entry.getValue() / samples, entry.getKey()));
    }
}
