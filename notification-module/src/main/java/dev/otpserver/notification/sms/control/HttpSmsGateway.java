package dev.otpserver.notification.sms.control;

import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.notification.delivery.control.DeliveryFailure;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The generic HTTP gateway ({@code http}): one POST per SMS with a JSON or form body built from configured field
 * templates. Success is a 2xx status plus the configured body match; 4xx (but 408 and 429) means the provider
 * refuses the message for good, anything else (5xx, 408, 429, timeouts, an unmatched body) is transient, so the
 * next gateway gets it.
 */
public final class HttpSmsGateway implements SmsGateway {

    private final HttpGatewaySettings settings;
    private final HttpClient client;

    public HttpSmsGateway(HttpGatewaySettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String id() {
        return "http";
    }

    @Override
    public String send(SmsSubmission sms) throws DeliveryFailure {
        HttpResponse<String> response = post(sms);
        int status = response.statusCode();
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new DeliveryFailure("HTTP gateway refused the message with status " + status, true, null);
        }
        if (status < 200 || status >= 300) {
            throw new DeliveryFailure("HTTP gateway answered status " + status, false, null);
        }
        String body = response.body();
        Optional<JsonValue> json = json(body);
        if (!settings.successRegex().map(regex -> regex.matcher(body).find()).orElse(true)
                || !settings.successJsonPath()
                        .map(path -> settings.successJsonValue().get().equals(text(json, path)))
                        .orElse(true)) {
            throw new DeliveryFailure(
                    "HTTP gateway answered " + status + " without the configured success mark", false, null);
        }
        return settings.messageIdPath().map(path -> text(json, path)).orElse(null);
    }

    private HttpResponse<String> post(SmsSubmission sms) throws DeliveryFailure {
        Map<String, String> fields = settings.fields().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, field -> filled(field.getValue(), sms), (a, b) -> b, LinkedHashMap::new));
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.readTimeout())
                .header(
                        "Content-Type",
                        settings.json()
                                ? "application/json; charset=UTF-8"
                                : "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        settings.json() ? json(fields) : form(fields), StandardCharsets.UTF_8));
        settings.authHeader()
                .ifPresent(name -> request.header(name, settings.authValue().orElseThrow()));
        settings.idempotencyHeader().ifPresent(name -> request.header(name, sms.messageId()));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException unreachable) {
            throw new DeliveryFailure(
                    "HTTP gateway unreachable: " + unreachable.getClass().getSimpleName(), false, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("Interrupted while waiting for the HTTP gateway", false, interrupted);
        }
    }

    private static String filled(String template, SmsSubmission sms) {
        return template.replace("{toDigits}", sms.destination().replace("+", ""))
                .replace("{to}", sms.destination())
                .replace("{messageId}", sms.messageId())
                .replace("{clientId}", sms.clientId() == null ? "" : sms.clientId())
                .replace("{text}", sms.text().text());
    }

    private static String json(Map<String, String> fields) {
        JsonObjectBuilder body = JsonDocuments.json().createObjectBuilder();
        fields.forEach(body::add);
        return body.build().toString();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Optional<JsonValue> json(String body) {
        try {
            return Optional.of(
                    JsonDocuments.json().createReader(new StringReader(body)).readValue());
        } catch (JsonException notJson) {
            return Optional.empty();
        }
    }

    /** The value at a dotted path ({@code messages.0.id}) as text, or null when the answer has none. */
    private static String text(Optional<JsonValue> json, String path) {
        JsonValue value = json.orElse(null);
        for (String step : path.split("\\.")) {
            if (value instanceof JsonArray array
                    && step.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(step) < array.size()) {
                value = array.get(Integer.parseInt(step));
            } else if (value != null && value.getValueType() == JsonValue.ValueType.OBJECT) {
                value = value.asJsonObject().get(step);
            } else {
                return null;
            }
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
