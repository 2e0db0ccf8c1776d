package dev.otpserver.common.gsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class GspFieldsTest {

    @Test
    void valueWithALineBreakIsAnInvalidFieldValueNamedByItsPath() {
        GspFields fields =
                GspFields.of(Json.createObjectBuilder().add("otp", "12\n34").build());

        GspException refused = assertThrows(GspException.class, () -> fields.required("otp", 16));

        assertEquals(ErrorResponseCode.INVALID_FIELD_VALUE, refused.code());
        assertTrue(
                refused.getMessage().contains("otp") && refused.getMessage().contains("control characters"),
                refused.getMessage());
    }
}
