package dev.otpserver.common.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.result.GatewayException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonBodyTest {

    @Test
    void emptyBodyReadsAsAnEmptyObject() {
        assertTrue(StrictJsonBody.read(new byte[0]).isEmpty());
    }

    @Test
    void nestedObjectsAndArraysOfStringsAreFine() {
        String json = "{\"tradeAmount\":{\"currency\":\"USD\",\"value\":\"100\"},\"tags\":[\"a\",\"b\"]}";

        assertEquals(
                "USD",
                StrictJsonBody.read(json.getBytes(StandardCharsets.UTF_8))
                        .getJsonObject("tradeAmount")
                        .getString("currency"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":1}",
                "{\"a\":true}",
                "{\"a\":null}",
                "{\"o\":{\"v\":100}}",
                "{\"l\":[1]}",
                "[]",
                "\"text\"",
                "{",
                "{\"a\":\"b\"} trailing",
                "<xml/>"
            })
    void everythingElseIsAnIllegalParameter(String body) {
        GatewayException refused =
                assertThrows(GatewayException.class, () -> StrictJsonBody.read(body.getBytes(StandardCharsets.UTF_8)));

        assertEquals("PARAM_ILLEGAL", refused.code().name());
    }

    @Test
    void theMessageNamesTheOffendingField() {
        GatewayException refused = assertThrows(
                GatewayException.class,
                () -> StrictJsonBody.read("{\"tradeAmount\":{\"value\":100}}".getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage().contains("tradeAmount.value"), refused.getMessage());
    }

    @Test
    void stringWithAControlCharacterAnywhereIsIllegalAndNamed() {
        GatewayException refused = assertThrows(
                GatewayException.class,
                () -> StrictJsonBody.read(
                        "{\"merchant\":{\"names\":[\"ok\",\"a\\u0000b\"]}}".getBytes(StandardCharsets.UTF_8)));

        assertEquals("PARAM_ILLEGAL", refused.code().name());
        assertEquals("The field merchant.names[1] must not hold control characters.", refused.getMessage());
    }
}
