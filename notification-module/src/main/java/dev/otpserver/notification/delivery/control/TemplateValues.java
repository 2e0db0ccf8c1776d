package dev.otpserver.notification.delivery.control;

import dev.otpserver.common.json.JsonDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Map;
import java.util.stream.Collectors;

/** Template values to and from the JSON that is sealed inside a queued message. */
public final class TemplateValues {

    private TemplateValues() {}

    public static String toJson(Map<String, String> values) {
        JsonObjectBuilder json = JsonDocuments.json().createObjectBuilder();
        values.forEach(json::add);
        return json.build().toString();
    }

    public static Map<String, String> fromJson(String json) {
        JsonObject object =
                JsonDocuments.json().createReader(new StringReader(json)).readObject();
        return object.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> ((JsonString) entry.getValue()).getString()));
    }
}
