package dev.otpserver.web.admin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.otpserver.common.admin.AdminProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptyFormTest {

    @Test
    void noBodyOrTheEmptyObjectIsTaken() {
        List.of("", " ", "\r\n", "{}", " { } ", "\t{\n}\r\n")
                .forEach(body -> assertDoesNotThrow(() -> EmptyForm.requireNone(utf8(body)), body));
    }

    @Test
    void anythingElseIsRefusedWith400() {
        List.of("null", "[]", "{\"version\":3}", "{", "}", "{}{}", "{},", "\"x\"", "1", "\u000b{}", "\ufeff{}", "{}x")
                .forEach(body -> {
                    AdminProblem refused =
                            assertThrows(AdminProblem.class, () -> EmptyForm.requireNone(utf8(body)), body);
                    assertEquals(400, refused.status());
                    assertEquals(EmptyForm.REFUSAL, refused.getMessage());
                });
        assertThrows(AdminProblem.class, () -> EmptyForm.requireNone(new byte[] {(byte) 0xff, '{', '}'}));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
