package dev.otpserver.common.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureHeaderTest {

    @Test
    void acceptsTheWorldFirstSpellingWithSpaces() {
        SignatureHeader header = SignatureHeader.parse("algorithm=RSA256, keyVersion=2, signature=ab%2Bc%2Fd%3D%3D").orElseThrow();

        assertEquals(new SignatureHeader("RSA256", 2, "ab+c/d=="), header);
    }

    @Test
    void acceptsTheAntomSpellingWithoutSpaces() {
        SignatureHeader header = SignatureHeader.parse("algorithm=RSA256,keyVersion=1,signature=xyz%3D").orElseThrow();

        assertEquals(new SignatureHeader("RSA256", 1, "xyz="), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RSA256", "algorithm=RSA256,signature=abc", "algorithm=RSA256,keyVersion=x,signature=abc",
        "algorithm=RSA256,keyVersion=1", "keyVersion=1,algorithm=RSA256,signature=abc", "algorithm=RSA256,keyVersion=1,signature=%zz"})
    void rejectsHeadersOfAnotherShape(String header) {
        assertTrue(SignatureHeader.parse(header).isEmpty());
    }
}
