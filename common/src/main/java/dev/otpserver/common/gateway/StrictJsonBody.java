package dev.otpserver.common.gateway;

import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;

import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.text.ControlCharacters;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads a body of this family: a JSON object in UTF-8 whose every non-array value is a JSON string
 * ({@code "20"}, {@code "true"}) without control characters, objects nested as they come. Anything else is
 * {@code PARAM_ILLEGAL}.
 */
public final class StrictJsonBody {

    private StrictJsonBody() {}

    /** An empty body reads as {@code {}}: the parameter-less APIs of the family. */
    public static JsonObject read(byte[] body) {
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonObject object = parseObject(body);
        requireStrings(object, "");
        return object;
    }

    private static JsonObject parseObject(byte[] body) {
        try {
            return JsonDocuments.object(body);
        } catch (IllegalArgumentException notAnObject) {
            throw new GatewayException(PARAM_ILLEGAL, notAnObject.getMessage().replace("The body", "The request body"));
        }
    }

    private static void requireStrings(JsonObject object, String prefix) {
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            requireString(field.getValue(), prefix + field.getKey());
        }
    }

    private static void requireString(JsonValue value, String path) {
        switch (value.getValueType()) {
            case STRING -> {
                if (ControlCharacters.in(((JsonString) value).getString())) {
                    throw new GatewayException(
                            PARAM_ILLEGAL, "The field " + path + " must not hold control characters.");
                }
            }
            case OBJECT -> requireStrings(value.asJsonObject(), path + ".");
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    requireString(array.get(i), path + "[" + i + "]");
                }
            }
            default ->
                throw new GatewayException(
                        PARAM_ILLEGAL, "The field " + path + " must be a JSON string, e.g. \"20\" or \"true\".");
        }
    }
}
