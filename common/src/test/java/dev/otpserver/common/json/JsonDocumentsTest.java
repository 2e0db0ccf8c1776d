package dev.otpserver.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDocumentsTest {

    @Test
    void objectIsRead() {
        assertEquals("b", JsonDocuments.object(bytes("{\"a\":\"b\"}")).getString("a"));
    }

    @Test
    void somethingElseThanOneObjectIsRefused() {
        assertEquals("The body must be a JSON object.", refusal("[]"));
        assertEquals("The body is not valid JSON.", refusal("{\"a\":"));
    }

    @Test
    void nestingDeeperThanTheParserAllowsIsRefusedLikeAnyInvalidJson() {
        String deep = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);

        assertEquals("The body is not valid JSON: nested too deeply.", refusal(deep));
    }

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> JsonDocuments.object(bytes(json)))
                .getMessage();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
