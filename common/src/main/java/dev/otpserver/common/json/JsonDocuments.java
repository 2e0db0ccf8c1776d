package dev.otpserver.common.json;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.util.NoSuchElementException;

/** Reads a document that must be exactly one JSON object in UTF-8; each dialect answers a failure its own way. */
public final class JsonDocuments {

    /**
     * Looked up once: {@code Json.createParser} and its kin look the provider up through the ServiceLoader on
     * every call, a cost paid on every request otherwise.
     */
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonDocuments() {}

    /** The JSON-P provider, for the builders and readers of the paths that every request takes. */
    public static JsonProvider json() {
        return PROVIDER;
    }

    /** The object; {@link IllegalArgumentException} with a message for people when the bytes are something else. */
    public static JsonObject object(byte[] document) {
        try (JsonParser parser = PROVIDER.createParser(new ByteArrayInputStream(document))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new IllegalArgumentException("The body must be a JSON object.");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new IllegalArgumentException("The body has content after its JSON object.");
            }
            return object;
        } catch (JsonException | IllegalStateException | NoSuchElementException notJson) {
            throw new IllegalArgumentException("The body is not valid JSON.");
        } catch (IllegalArgumentException refused) {
            throw refused;
        } catch (RuntimeException tooDeep) {
            // Parsson refuses nesting deeper than its limit (1000) with a bare RuntimeException
            throw new IllegalArgumentException("The body is not valid JSON: nested too deeply.");
        }
    }
}
