package dev.otpserver.common.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value of test-vectors/vectors.json reproduced byte for byte from its parts. */
class SigningVectorsTest {

    static Stream<JsonObject> vectors() {
        return TestVectors.vectors().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void signingStringIsBuiltFromMethodUriClientTimeAndBody(JsonObject vector) {
        Parts parts = Parts.of(vector.getString("stringToSign"));

        byte[] signingString = SigningString.of(parts.method, parts.uri, parts.clientId, parts.time, parts.body);

        assertArrayEquals(vector.getString("stringToSign").getBytes(StandardCharsets.UTF_8), signingString);
        assertEquals(vector.getString("sha256_hex"), sha256Hex(signingString));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void signatureMatchesTheVectorByteForByte(JsonObject vector) {
        byte[] signingString = vector.getString("stringToSign").getBytes(StandardCharsets.UTF_8);

        String signature = RsaSignatures.sign(TestVectors.privateKey(), signingString);

        assertEquals(vector.getString("signature_base64"), signature);
        assertTrue(RsaSignatures.verify(TestVectors.publicKey(), signingString, signature));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void headerCarriesTheUrlEncodedSignatureAndParsesBack(JsonObject vector) {
        SignatureHeader header = SignatureHeader.rsa256(1, vector.getString("signature_base64"));

        String formatted = header.format();

        assertEquals("algorithm=RSA256,keyVersion=1,signature=" + vector.getString("signature_urlencoded"), formatted);
        assertEquals(header, SignatureHeader.parse(formatted).orElseThrow());
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits a string to sign back into what a request is made of. */
    private record Parts(String method, String uri, String clientId, String time, byte[] body) {

        static Parts of(String stringToSign) {
            int newline = stringToSign.indexOf('\n');
            String[] requestLine = stringToSign.substring(0, newline).split(" ", 2);
            String rest = stringToSign.substring(newline + 1);
            int firstDot = rest.indexOf('.');
            int secondDot = rest.indexOf('.', firstDot + 1);
            return new Parts(
                    requestLine[0],
                    requestLine[1],
                    rest.substring(0, firstDot),
                    rest.substring(firstDot + 1, secondDot),
                    rest.substring(secondDot + 1).getBytes(StandardCharsets.UTF_8));
        }
    }
}
