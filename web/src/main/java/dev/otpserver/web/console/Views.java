package dev.otpserver.web.console;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The boundaries' answers (JSON or records) as plain maps and lists, which a Faces page reads by name. */
final class Views {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Views() {}

    /** A record or a JSON value as maps, lists, strings, numbers and booleans. */
    static Object plain(Object view) {
        if (view == null) {
            return null;
        }
        JsonValue json = view instanceof JsonValue value
                ? value
                : jakarta.json.Json.createReader(new StringReader(JSONB.toJson(view)))
                        .readValue();
        return of(json);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object view) {
        return (Map<String, Object>) plain(view);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object view) {
        return (List<Map<String, Object>>) plain(view);
    }

    private static Object of(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((name, member) -> map.put(name, of(member)));
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(Views::of).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? ((JsonNumber) value).longValue() : value.toString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
