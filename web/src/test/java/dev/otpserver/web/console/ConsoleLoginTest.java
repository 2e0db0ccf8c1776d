package dev.otpserver.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConsoleLoginTest {

    @Test
    void aRefusedUserNameIsAuditedOnOneLineWithoutControlCharacters() {
        assertEquals("mallory?2026 admin logged in", ConsoleLogin.loggable(" mallory\n2026 admin logged in "));
    }

    @Test
    void aLongRefusedUserNameIsCutForTheAuditLog() {
        assertEquals("a".repeat(64) + "…", ConsoleLogin.loggable("a".repeat(500)));
    }
}
