package dev.otpserver.notification.sms.control;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The generic HTTP gateway's settings, keys {@code otp.notification.sms.http.*}. Field templates may hold
 * {@code {to}} (E.164 with +), {@code {toDigits}} (without +), {@code {text}}, {@code {messageId}} (the outbox id,
 * stable across retries) and {@code {clientId}}.
 */
public record HttpGatewaySettings(
        URI url,
        boolean json,
        Map<String, String> fields,
        Optional<String> authHeader,
        Optional<String> authValue,
        Optional<String> idempotencyHeader,
        Optional<String> successJsonPath,
        Optional<String> successJsonValue,
        Optional<Pattern> successRegex,
        Optional<String> messageIdPath,
        Duration connectTimeout,
        Duration readTimeout) {

    static final String PREFIX = "otp.notification.sms.http.";

    public static HttpGatewaySettings from(SettingsSource settings) {
        // URL the gateway POSTs each SMS to (required when http is selected).
        URI url = url(settings.required(PREFIX + "url"));
        // Body format: json (an object of string fields) or form (application/x-www-form-urlencoded).
        String format = settings.text(PREFIX + "format", "json");
        if (!format.equals("json") && !format.equals("form")) {
            throw new GatewayMisconfigured(PREFIX + "format", "must be json or form, not '" + format + "'");
        }
        // Body fields as name={template} pairs, comma-separated.
        Map<String, String> fields =
                fields(settings.list(PREFIX + "fields", "to={to},text={text},reference={messageId}"));
        // Name of the authentication header, e.g. Authorization; none when unset.
        Optional<String> authHeader = settings.optional(PREFIX + "auth-header");
        // Value of the authentication header, e.g. "Bearer <token>" (required with auth-header).
        Optional<String> authValue =
                authHeader.isPresent() ? Optional.of(settings.required(PREFIX + "auth-value")) : Optional.empty();
        // Header carrying the outbox message id as idempotency key; none to send no such header.
        Optional<String> idempotencyHeader = settings.optional(PREFIX + "idempotency-header")
                .or(() -> Optional.of("Idempotency-Key"))
                .filter(name -> !name.equalsIgnoreCase("none"));
        // Besides a 2xx status, success requires this JSON field=value in the answer, e.g. status=queued or
        // messages.0.status=0.
        Optional<String> successJson = settings.optional(PREFIX + "success-json");
        if (successJson.isPresent() && !successJson.get().contains("=")) {
            throw new GatewayMisconfigured(
                    PREFIX + "success-json", "must be path=value, not '" + successJson.get() + "'");
        }
        // Besides a 2xx status, success requires this regular expression to be found in the answer's body.
        Optional<Pattern> successRegex =
                settings.optional(PREFIX + "success-regex").map(regex -> pattern(PREFIX + "success-regex", regex));
        // JSON path of the provider's message id in the answer, e.g. sid or messages.0.message-id.
        Optional<String> messageIdPath = settings.optional(PREFIX + "message-id-field");
        // Milliseconds to wait for the connection.
        Duration connectTimeout = settings.millis(PREFIX + "connect-timeout-ms", 5_000);
        // Milliseconds to wait for the answer once the request is sent.
        Duration readTimeout = settings.millis(PREFIX + "read-timeout-ms", 10_000);
        return new HttpGatewaySettings(
                url,
                format.equals("json"),
                fields,
                authHeader,
                authValue,
                idempotencyHeader,
                successJson.map(pair -> pair.substring(0, pair.indexOf('='))),
                successJson.map(pair -> pair.substring(pair.indexOf('=') + 1)),
                successRegex,
                messageIdPath,
                connectTimeout,
                readTimeout);
    }

    private static URI url(String value) {
        try {
            URI url = URI.create(value);
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return url;
        } catch (IllegalArgumentException malformed) {
            throw new GatewayMisconfigured(
                    PREFIX + "url", "must be an absolute http or https URL, not '" + value + "'");
        }
    }

    private static Map<String, String> fields(List<String> pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new GatewayMisconfigured(PREFIX + "fields", "must be name={template} pairs, not '" + pair + "'");
            }
            fields.put(
                    pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return fields;
    }

    private static Pattern pattern(String key, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException malformed) {
            throw new GatewayMisconfigured(key, "is not a regular expression: " + malformed.getDescription());
        }
    }
}
