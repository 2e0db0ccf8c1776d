package dev.otpserver.common.gsp;

import dev.otpserver.common.text.ControlCharacters;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * Reads the fields of a decrypted payment-integrator body: an absent field is MISSING_REQUIRED_FIELD, a
 * value of the wrong type or size INVALID_FIELD_VALUE, each naming the field by its path.
 */
public final class GspFields {

    private final JsonObject object;
    private final String path;

    private GspFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    public static GspFields of(JsonObject body) {
        return new GspFields(body, "");
    }

    public String required(String name, int maxLength) {
        return optional(name, maxLength).orElseThrow(() -> GspException.missing(path + name));
    }

    public Optional<String> optional(String name, int maxLength) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            throw GspException.invalid(path + name, "must be a JSON string.");
        }
        if (string.getString().isEmpty()) {
            return Optional.empty();
        }
        if (string.getString().length() > maxLength) {
            throw GspException.invalid(path + name, "must be at most " + maxLength + " characters.");
        }
        if (ControlCharacters.in(string.getString())) {
            throw GspException.invalid(path + name, "must not hold control characters.");
        }
        return Optional.of(string.getString());
    }

    /** An int64 written as a JSON string (proto3 style) or, leniently, as a JSON number. */
    public long requiredInt64(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw GspException.missing(path + name);
        }
        try {
            if (value instanceof JsonNumber number) {
                return number.longValueExact();
            }
            if (value instanceof JsonString string) {
                return Long.parseLong(string.getString());
            }
        } catch (ArithmeticException | NumberFormatException notAnInteger) {
            // answered below
        }
        throw GspException.invalid(path + name, "must be an integer (int64), e.g. \"1502545413098\".");
    }

    public int requiredInt(String name) {
        long value = requiredInt64(name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw GspException.invalid(path + name, "must be a 32-bit integer.");
        }
        return (int) value;
    }

    /** A nested object, read with the same rules; its fields are named {@code name.field}. */
    public Optional<GspFields> optionalObject(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw GspException.invalid(path + name, "must be a JSON object.");
        }
        return Optional.of(new GspFields(value.asJsonObject(), path + name + "."));
    }

    public GspFields requiredObject(String name) {
        return optionalObject(name).orElseThrow(() -> GspException.missing(path + name));
    }

    public JsonObject json() {
        return object;
    }
}
