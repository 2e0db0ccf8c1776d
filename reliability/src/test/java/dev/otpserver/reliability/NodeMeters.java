package dev.otpserver.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of one node's meters ({@code GET /metrics} on its own HTTP port, Payara's MicroProfile Metrics in
 * Prometheus' text format): what that node did, not the cluster. A node's meters start at zero with its JVM.
 */
final class NodeMeters {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+).*$");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<String> lines;

    private NodeMeters(List<String> lines) {
        this.lines = lines;
    }

    static NodeMeters of(URI node) {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(node.resolve("/metrics"))
                            .header("Accept", "text/plain")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("No metrics at " + node + ": HTTP " + answer.statusCode());
            }
            return new NodeMeters(answer.body().lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException("No metrics at " + node, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sample {@code name} whose labels include {@code label="value"}; 0 when the node has none (yet). */
    long value(String name, String label, String value) {
        return find(name, label, value).map(Math::round).orElse(0L);
    }

    /** Whether the node serves the sample at all: a meter appears once the node has used it. */
    boolean has(String name, String label, String value) {
        return find(name, label, value).isPresent();
    }

    private java.util.Optional<Double> find(String name, String label, String value) {
        String wanted = label + "=\"" + value + "\"";
        for (String line : lines) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()
                    && sample.group(1).equals(name)
                    && sample.group(2) != null
                    && sample.group(2).contains(wanted)) {
                return java.util.Optional.of(Double.parseDouble(sample.group(3)));
            }
        }
        return java.util.Optional.empty();
    }
}
