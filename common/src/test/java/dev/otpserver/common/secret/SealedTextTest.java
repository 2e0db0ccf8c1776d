package dev.otpserver.common.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SealedTextTest {

    @Test
    void aValueOfTheSecretStoresKeyHasNoTagAsBeforeRotation() {
        assertEquals("AAAA+/==", new SealedText(1, "AAAA+/==").text());
        assertEquals(new SealedText(1, "AAAA+/=="), SealedText.parse("AAAA+/=="));
    }

    @Test
    void aValueOfARotatedKeyNamesItsVersion() {
        String text = new SealedText(7, "kAAA+/==").text();

        assertEquals("k7:kAAA+/==", text);
        assertEquals(new SealedText(7, "kAAA+/=="), SealedText.parse(text));
    }

    @Test
    void anUntaggedValueStartingWithTheTagLetterIsTheBaseVersion() {
        // Base64 never holds ':', so a value of the secret store's key cannot look tagged
        assertEquals(new SealedText(1, "k7AAAA=="), SealedText.parse("k7AAAA=="));
    }

    @Test
    void aMalformedTagIsRefused() {
        assertThrows(IllegalStateException.class, () -> SealedText.parse("kx:AAAA"));
    }
}
