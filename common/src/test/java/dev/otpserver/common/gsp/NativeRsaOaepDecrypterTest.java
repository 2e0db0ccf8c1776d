package dev.otpserver.common.gsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.otpserver.common.signature.RsaProvider;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The native decrypter opens what Nimbus and the JDK encrypt, with every RSA-OAEP variant, and nothing else. */
@EnabledOnOs(value = OS.LINUX, architectures = "amd64")
class NativeRsaOaepDecrypterTest {

    private static final byte[] SECRET = "{\"otp\":\"123456\"}".getBytes(StandardCharsets.UTF_8);

    private final RSAKey key = rsa("enc-1");
    private final Provider provider = RsaProvider.nativeProvider().orElseThrow();

    @ParameterizedTest
    @ValueSource(strings = {"RSA-OAEP", "RSA-OAEP-256", "RSA-OAEP-384", "RSA-OAEP-512"})
    void opensEveryRsaOaepVariantTheJdkEncrypts(String algorithm) throws Exception {
        for (EncryptionMethod content :
                Set.of(EncryptionMethod.A256GCM, EncryptionMethod.A128GCM, EncryptionMethod.A128CBC_HS256)) {
            JWEObject jwe = encrypted(new JWEHeader(JWEAlgorithm.parse(algorithm), content), key);

            jwe.decrypt(decrypter(key));

            assertArrayEquals(SECRET, jwe.getPayload().toBytes());
        }
    }

    @Test
    void aContentKeyEncryptedToAnotherKeyIsRefused() throws Exception {
        JWEObject jwe = encrypted(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM), rsa("enc-2"));

        assertThrows(JOSEException.class, () -> jwe.decrypt(decrypter(key)));
    }

    @Test
    void anAlteredCipherTextIsRefused() throws Exception {
        String[] parts = encrypted(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM), key)
                .serialize()
                .split("\\.");
        parts[3] = parts[3].charAt(0) == 'A' ? 'B' + parts[3].substring(1) : 'A' + parts[3].substring(1);
        JWEObject altered = JWEObject.parse(String.join(".", parts));

        assertThrows(JOSEException.class, () -> altered.decrypt(decrypter(key)));
    }

    @Test
    void aCriticalHeaderParameterIsRefused() throws Exception {
        JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                .criticalParams(Set.of("exp"))
                .customParam("exp", 1)
                .build();
        JWEObject jwe = encrypted(header, key);

        assertThrows(JOSEException.class, () -> jwe.decrypt(decrypter(key)));
    }

    private NativeRsaOaepDecrypter decrypter(RSAKey recipient) throws JOSEException {
        return new NativeRsaOaepDecrypter(NativePrivateKeys.of(recipient), provider);
    }

    private static JWEObject encrypted(JWEHeader header, RSAKey recipient) throws Exception {
        JWEObject jwe = new JWEObject(header, new Payload(SECRET));
        jwe.encrypt(new RSAEncrypter(recipient.toRSAPublicKey()));
        return JWEObject.parse(jwe.serialize());
    }

    private static RSAKey rsa(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
