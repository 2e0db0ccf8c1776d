package dev.otpserver.common.gateway;

import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;

import dev.otpserver.common.result.GatewayException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Reads the fields of a verified body, answering PARAM_ILLEGAL with a message that names the field. */
public final class BodyFields {

    private final JsonObject body;

    private BodyFields(JsonObject body) {
        this.body = body;
    }

    public static BodyFields of(JsonObject body) {
        return new BodyFields(body);
    }

    public String required(String name, int maxLength) {
        return optional(name, maxLength).orElseThrow(() -> new GatewayException(PARAM_ILLEGAL, name + " is required."));
    }

    public Optional<String> optional(String name, int maxLength) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            throw new GatewayException(PARAM_ILLEGAL, name + " must be a JSON string.");
        }
        String text = string.getString();
        if (text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            throw new GatewayException(PARAM_ILLEGAL, name + " must be at most " + maxLength + " characters.");
        }
        return Optional.of(text);
    }

    /** A required field whose value must name one of {@code values}. */
    public <E extends Enum<E>> E requiredEnum(String name, int maxLength, Class<E> type) {
        String text = required(name, maxLength);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(text))
                .findFirst()
                .orElseThrow(() -> new GatewayException(
                        PARAM_ILLEGAL,
                        name + " must be one of "
                                + Arrays.toString(type.getEnumConstants())
                                        .replace("[", "")
                                        .replace("]", "") + "."));
    }
}
