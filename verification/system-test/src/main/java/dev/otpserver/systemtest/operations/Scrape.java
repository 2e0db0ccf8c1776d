package dev.otpserver.systemtest.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.systemtest.support.ServerUnderTest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of the server's meters, where the server serves them in Prometheus' text format, line by line. */
final class Scrape {

    /** {@code name{labels} value [timestamp]}; comments and blank lines are no samples. */
    private static final Pattern SAMPLE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+)(?:\\s+-?[0-9]+)?$");

    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One line of the scrape: a name, its labels sorted by name, and its value ({@code +Inf} and {@code NaN} included). */
    record Sample(String name, Map<String, String> labels, double value, String line) {}

    private final List<Sample> samples;

    private Scrape(List<Sample> samples) {
        this.samples = samples;
    }

    static Scrape now() {
        return new Scrape(fetch().lines()
                .map(SAMPLE::matcher)
                .filter(Matcher::matches)
                .map(Scrape::sample)
                .toList());
    }

    List<Sample> samples() {
        return samples;
    }

    /** The value of the sample with that name and a label of that value, 0 when there is none yet. */
    double value(String name, String labelValue) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().containsValue(labelValue))
                .mapToDouble(Sample::value)
                .findFirst()
                .orElse(0.0);
    }

    private static Sample sample(Matcher line) {
        Map<String, String> labels = new TreeMap<>();
        Matcher label = LABEL.matcher(line.group(2) == null ? "" : line.group(2));
        while (label.find()) {
            labels.put(label.group(1), label.group(2));
        }
        return new Sample(line.group(1), labels, number(line.group(3)), line.group());
    }

    /** A value or bound as Prometheus writes it, {@code +Inf} included. */
    static double number(String text) {
        return Double.parseDouble(text.replace("Inf", "Infinity"));
    }

    private static String fetch() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(ServerUnderTest.metricsUrl())
                                    .header("Accept", "text/plain")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("No metrics at " + ServerUnderTest.metricsUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
