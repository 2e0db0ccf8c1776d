package dev.otpserver.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows the server's housekeeping has purged so far, all kinds added up, read off its own counter
 * {@code otp_rows_purged_total} (messages and partner notifications; their attempts go with them uncounted).
 */
final class PurgedRows {

    private static final Pattern VALUE = Pattern.compile("(?m)^otp_rows_purged_total(?:\\{[^}]*\\})? ([0-9.eE+-]+)$");

    private final URI metrics;
    private final HttpClient http = HttpClient.newHttpClient();

    PurgedRows(URI metrics) {
        this.metrics = metrics;
    }

    long total() {
        try {
            return total(http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
                    .body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + metrics, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The counter's lines of a Prometheus scrape added up; none yet (nothing purged on this node) is 0. */
    static long total(String scrape) {
        double total = 0;
        Matcher line = VALUE.matcher(scrape);
        while (line.find()) {
            total += Double.parseDouble(line.group(1));
        }
        return Math.round(total);
    }
}
