package dev.otpserver.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mean duration of one partner-notification pulse, read off the server's own timer otp_pulse_duration. */
final class PulseCost {

    private static final Pattern VALUE = Pattern.compile(
            "(?m)^otp_pulse_duration_seconds_(count|sum)\\{[^}]*pulse=\"notify\"[^}]*\\} ([0-9.eE+-]+)$");

    private final URI metrics;
    private final HttpClient http = HttpClient.newHttpClient();

    PulseCost(URI metrics) {
        this.metrics = metrics;
    }

    /** Over the next {@code seconds}: the mean pulse in milliseconds and how many pulses it is the mean of. */
    double[] meanMillis(int seconds) throws InterruptedException {
        double[] before = countAndSum();
        Thread.sleep(seconds * 1000L);
        double[] after = countAndSum();
        double pulses = after[0] - before[0];
        return new double[] {pulses == 0 ? 0 : (after[1] - before[1]) * 1000 / pulses, pulses};
    }

    private double[] countAndSum() throws InterruptedException {
        try {
            String text = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
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
