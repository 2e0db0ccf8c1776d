package dev.otpserver.common.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureHeaderTest {

    @Test
    void acceptsTheWorldFirstSpellingWithSpaces() {
        SignatureHeader header = SignatureHeader.parse("algorithm=RSA256, keyVersion=2, signature=ab%2Bc%2Fd%3D%3D")
                .orElseThrow();

        assertEquals(SignatureHeader.rsa256(2, "ab+c/d=="), header);
    }

    @Test
    void acceptsTheAntomSpellingWithoutSpaces() {
        SignatureHeader header = SignatureHeader.parse("algorithm=RSA256,keyVersion=1,signature=xyz%3D")
                .orElseThrow();

        assertEquals(SignatureHeader.rsa256(1, "xyz="), header);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "keyVersion=1,algorithm=RSA256,signature=xyz%3D",
                "signature=xyz%3D, algorithm=RSA256, keyVersion=1",
                " algorithm = RSA256 ,keyVersion= 1,  signature =xyz%3D ",
                "Algorithm=RSA256,KEYVERSION=1,Signature=xyz%3D",
                "algorithm=RSA256,keyVersion=1,signature=xyz%3D,note=ignored"
            })
    void acceptsThePairsInAnyOrderSpacingAndCase(String spelling) {
        assertEquals(
                SignatureHeader.rsa256(1, "xyz="),
                SignatureHeader.parse(spelling).orElseThrow());
    }

    @Test
    void leavesTheKeyVersionOpenWhenItIsLeftOut() {
        SignatureHeader header =
                SignatureHeader.parse("algorithm=RSA256,signature=xyz%3D").orElseThrow();

        assertEquals(OptionalInt.empty(), header.keyVersion());
        assertEquals("algorithm=RSA256,signature=xyz%3D", header.format());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "RSA256",
                "keyVersion=1,signature=abc",
                "algorithm=RSA256,keyVersion=x,signature=abc",
                "algorithm=RSA256,keyVersion=1",
                "algorithm=RSA256,keyVersion=1,signature=%zz",
                "algorithm=RSA256,,signature=abc",
                "algorithm=RSA256,keyVersion=1,signature=abc,signature=abd",
                "algorithm=RSA256,keyVersion=,signature=abc",
                "algorithm=RSA-256,keyVersion=1,signature=abc",
                "algorithm=RSA256,keyVersion=1234567890,signature=abc"
            })
    void rejectsHeadersOfAnotherShape(String header) {
        assertTrue(SignatureHeader.parse(header).isEmpty());
    }
}
