package dev.otpserver.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * A node's readiness as a load balancer should read it: 200 with the application's own database check UP.
 * Payara serves /health itself and answers UP with no checks at all while the EAR is not loaded.
 */
public final class Readiness {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Readiness() {}

    public static boolean ready(URI readiness) {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(readiness)
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && databaseUp(answer.body());
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks every half second until ready; false when {@code within} is over first. */
    public static boolean await(URI readiness, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (ready(readiness)) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean databaseUp(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getJsonArray("checks").stream()
                    .filter(check -> check.getValueType() == JsonValue.ValueType.OBJECT)
                    .map(JsonObject.class::cast)
                    .anyMatch(check -> "database".equals(check.getString("name", ""))
                            && "UP".equals(check.getString("status", "")));
        } catch (RuntimeException notHealthJson) {
            return false;
        }
    }
}
