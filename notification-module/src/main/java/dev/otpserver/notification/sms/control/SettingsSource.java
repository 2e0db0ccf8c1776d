package dev.otpserver.notification.sms.control;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/** Reads gateway settings by key, with defaults; a missing or malformed value fails naming its key. */
public final class SettingsSource {

    private final Function<String, Optional<String>> lookup;

    private SettingsSource(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    public static SettingsSource of(Config config) {
        return new SettingsSource(key -> config.getOptionalValue(key, String.class));
    }

    public static SettingsSource of(Map<String, String> values) {
        return new SettingsSource(key -> Optional.ofNullable(values.get(key)).filter(value -> !value.isBlank()));
    }

    public Optional<String> optional(String key) {
        return lookup.apply(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    public String text(String key, String fallback) {
        return optional(key).orElse(fallback);
    }

    public String required(String key) {
        return optional(key).orElseThrow(() -> new GatewayMisconfigured(key, "is required"));
    }

    public int number(String key, int fallback, int min, int max) {
        Optional<String> value = optional(key);
        try {
            int number = value.map(Integer::parseInt).orElse(fallback);
            if (number < min || number > max) {
                throw new GatewayMisconfigured(key, "must be between " + min + " and " + max + ", not " + number);
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw new GatewayMisconfigured(key, "must be a whole number, not '" + value.orElse("") + "'");
        }
    }

    public Duration millis(String key, int fallback) {
        return Duration.ofMillis(number(key, fallback, 1, 600_000));
    }

    /** A comma-separated list; a comma inside an item is written {@code \,}. */
    public List<String> list(String key, String fallback) {
        return Arrays.stream(text(key, fallback).split("(?<!\\\\),"))
                .map(item -> item.replace("\\,", ",").trim())
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
