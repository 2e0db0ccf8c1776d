package dev.otpserver.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partner-notification pulses one by one, read off the server's own timer otp_pulse_duration: scraped several
 * times a second, each step of its count by one gives one pulse's duration. Their median is the figure, since a
 * pulse of a millisecond or two is often stretched by whatever else the machine does at that moment.
 */
final class PulseCost {

    private static final Pattern VALUE = Pattern.compile(
            "(?m)^otp_pulse_duration_seconds_(count|sum)\\{[^}]*pulse=\"notify\"[^}]*\\} ([0-9.eE+-]+)$");
    private static final Duration SCRAPE_EVERY = Duration.ofMillis(200);

    private final URI metrics;
    private final HttpClient http = HttpClient.newHttpClient();

    PulseCost(URI metrics) {
        this.metrics = metrics;
    }

    /** The pulses of one measurement, in milliseconds. */
    record Pulses(List<Double> millis) {

        double median() {
            List<Double> sorted = millis.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.isEmpty()
                    ? 0
                    : sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }

        double mean() {
            return millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }
    }

    /** The pulses of the next {@code seconds}; two that end between the same two scrapes are left out. */
    Pulses sample(int seconds) throws InterruptedException {
        List<Double> millis = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        double[] before = countAndSum();
        while (System.nanoTime() < end) {
            Thread.sleep(SCRAPE_EVERY.toMillis());
            double[] after = countAndSum();
            if (after[0] - before[0] == 1) {
                millis.add((after[1] - before[1]) * 1000);
            }
            before = after;
        }
        return new Pulses(millis);
    }

    private double[] countAndSum() throws InterruptedException {
        try {
            String text = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            double[] countAndSum = new double[2];
            Matcher line = VALUE.matcher(text);
            while (line.find()) {
                countAndSum[line.group(1).equals("count") ? 0 : 1] = Double.parseDouble(line.group(2));
            }
            return countAndSum;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + metrics, e);
        }
    }
}
