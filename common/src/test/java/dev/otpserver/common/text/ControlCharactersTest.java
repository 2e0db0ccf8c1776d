package dev.otpserver.common.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void nulLineBreaksAndDeleteAreControlCharacters() {
        assertTrue(ControlCharacters.in("a\u0000b"));
        assertTrue(ControlCharacters.in("shop\nINFO forged"));
        assertTrue(ControlCharacters.in("\u007f"));
    }

    @Test
    void lettersOfAnyScriptSpacesAndSymbolsAreNot() {
        assertFalse(ControlCharacters.in("Café Zürich 東京 +49 30 1234-5678 (€)"));
    }
}
