package dev.otpserver.common.gsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.otpserver.common.gsp.JoseEnvelope.SenderKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JoseEnvelopeTest {

    private static final byte[] JSON = "{\"requestHeader\":{\"requestId\":\"r-1\"}}".getBytes(StandardCharsets.UTF_8);

    private final JWK callerSigning = rsa(KeyUse.SIGNATURE, "caller-sig-1");
    private final JWK serverEncryption = rsa(KeyUse.ENCRYPTION, "server-enc-1");

    @Test
    void aSealedBodyOpensWithTheRecipientsKeyAndNamesItsSigner() {
        String sealed = JoseEnvelope.seal(JSON, callerSigning, serverEncryption.toPublicJWK());

        JoseEnvelope.Opened<String> opened = JoseEnvelope.open(sealed, List.of(serverEncryption), this::callerKeys);

        assertEquals("caller", opened.sender());
        assertArrayEquals(JSON, opened.json());
    }

    @Test
    void anyActiveDecryptionKeyOpensDuringARotation() {
        JWK next = rsa(KeyUse.ENCRYPTION, "server-enc-2");
        String sealed = JoseEnvelope.seal(JSON, callerSigning, next.toPublicJWK());

        assertArrayEquals(
                JSON,
                JoseEnvelope.open(sealed, List.of(serverEncryption, next), this::callerKeys)
                        .json());
    }

    @Test
    void ellipticCurveKeysSignAndReceiveToo() {
        JWK ecSigning = ec(KeyUse.SIGNATURE, "ec-sig");
        JWK ecEncryption = ec(KeyUse.ENCRYPTION, "ec-enc");
        String sealed = JoseEnvelope.seal(JSON, ecSigning, ecEncryption.toPublicJWK());

        JoseEnvelope.Opened<String> opened = JoseEnvelope.open(
                sealed, List.of(ecEncryption), kid -> List.of(new SenderKey<>("ec-caller", ecSigning.toPublicJWK())));

        assertEquals("ec-caller", opened.sender());
    }

    @Test
    void aBodyEncryptedToAnotherKeyIsAnEncryptionError() {
        String sealed = JoseEnvelope.seal(
                JSON, callerSigning, rsa(KeyUse.ENCRYPTION, "server-enc-1").toPublicJWK());

        assertCode(
                ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                () -> JoseEnvelope.open(sealed, List.of(serverEncryption), this::callerKeys));
    }

    @Test
    void aBodyThatIsNoJweIsAnEncryptionError() {
        assertCode(
                ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                () -> JoseEnvelope.open("{\"plain\":\"json\"}", List.of(serverEncryption), this::callerKeys));
        assertCode(
                ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                () -> JoseEnvelope.open("a.b.c.d.e", List.of(serverEncryption), this::callerKeys));
    }

    @Test
    void aHeaderWithoutAnAlgorithmIsAnEncryptionError() {
        String sealed = JoseEnvelope.seal(JSON, callerSigning, serverEncryption.toPublicJWK());
        for (String header : List.of(
                "{\"enc\":\"A256GCM\"}", "{\"alg\":null,\"enc\":\"A256GCM\"}", "{\"alg\":\"\",\"enc\":\"A256GCM\"}")) {
            String spoiled = com.nimbusds.jose.util.Base64URL.encode(header) + sealed.substring(sealed.indexOf('.'));

            assertCode(
                    ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                    () -> JoseEnvelope.open(spoiled, List.of(serverEncryption), this::callerKeys));
        }
    }

    @Test
    void rsa15KeyTransportIsRefused() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(JSON));
        jws.sign(new com.nimbusds.jose.crypto.RSASSASigner(callerSigning.toRSAKey()));
        JWEObject jwe = new JWEObject(new JWEHeader(JWEAlgorithm.RSA1_5, EncryptionMethod.A128GCM), new Payload(jws));
        jwe.encrypt(new RSAEncrypter(serverEncryption.toRSAKey().toRSAPublicKey()));

        assertCode(
                ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                () -> JoseEnvelope.open(jwe.serialize(), List.of(serverEncryption), this::callerKeys));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA-OAEP", "RSA-OAEP-256", "RSA-OAEP-384", "RSA-OAEP-512"})
    void everyRsaOaepKeyTransportOpens(String algorithm) throws Exception {
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("caller-sig-1").build(), new Payload(JSON));
        jws.sign(new com.nimbusds.jose.crypto.RSASSASigner(callerSigning.toRSAKey()));
        JWEObject jwe =
                new JWEObject(new JWEHeader(JWEAlgorithm.parse(algorithm), EncryptionMethod.A256GCM), new Payload(jws));
        jwe.encrypt(new RSAEncrypter(serverEncryption.toRSAKey().toRSAPublicKey()));

        assertArrayEquals(
                JSON,
                JoseEnvelope.open(jwe.serialize(), List.of(serverEncryption), this::callerKeys)
                        .json());
    }

    @Test
    void aSignatureByAnUnregisteredKeyIsASignatureError() {
        String sealed = JoseEnvelope.seal(JSON, rsa(KeyUse.SIGNATURE, "caller-sig-1"), serverEncryption.toPublicJWK());

        assertCode(
                ErrorResponseCode.INVALID_PAYLOAD_SIGNATURE,
                () -> JoseEnvelope.open(sealed, List.of(serverEncryption), this::callerKeys));
    }

    @Test
    void anHmacSignatureIsNeverAccepted() throws Exception {
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("caller-sig-1").build(), new Payload(JSON));
        jws.sign(new MACSigner(new byte[32]));
        JWEObject jwe = new JWEObject(
                new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM).build(), new Payload(jws));
        jwe.encrypt(new RSAEncrypter(serverEncryption.toRSAKey().toRSAPublicKey()));

        assertCode(
                ErrorResponseCode.INVALID_PAYLOAD_SIGNATURE,
                () -> JoseEnvelope.open(jwe.serialize(), List.of(serverEncryption), this::callerKeys));
    }

    @Test
    void anUnsignedPayloadIsASignatureError() throws Exception {
        JWEObject jwe = new JWEObject(
                new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM).build(), new Payload(JSON));
        jwe.encrypt(new RSAEncrypter(serverEncryption.toRSAKey().toRSAPublicKey()));

        assertCode(
                ErrorResponseCode.INVALID_PAYLOAD_SIGNATURE,
                () -> JoseEnvelope.open(jwe.serialize(), List.of(serverEncryption), this::callerKeys));
    }

    private List<SenderKey<String>> callerKeys(Optional<String> kid) {
        return kid.isEmpty() || kid.get().equals(callerSigning.getKeyID())
                ? List.of(new SenderKey<>("caller", callerSigning.toPublicJWK()))
                : List.of();
    }

    private static void assertCode(ErrorResponseCode expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(GspException.class, call).code());
    }

    static JWK rsa(KeyUse use, String kid) {
        try {
            return new RSAKeyGenerator(2048).keyUse(use).keyID(kid).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWK ec(KeyUse use, String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(use).keyID(kid).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
