package dev.otpserver.common.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SecretFingerprintTest {

    private static final byte[] SECRET = Base64.getDecoder().decode("q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=");

    @Test
    void theSameSecretGivesTheSameFingerprintOnEveryNode() {
        assertEquals(SecretFingerprint.of("pepper", SECRET), SecretFingerprint.of("pepper", SECRET.clone()));
        assertEquals(64, SecretFingerprint.of("pepper", SECRET).length());
    }

    @Test
    void anotherSecretGivesAnotherFingerprint() {
        byte[] other = SECRET.clone();
        other[31] ^= 1;

        assertNotEquals(SecretFingerprint.of("pepper", SECRET), SecretFingerprint.of("pepper", other));
    }

    @Test
    void eachSecretNameHasItsOwnFingerprintOfTheSameBytes() {
        assertNotEquals(SecretFingerprint.of("pepper", SECRET), SecretFingerprint.of("sealing-key", SECRET));
    }

    @Test
    void theFingerprintIsNeitherTheSecretNorItsPlainHash() throws Exception {
        String fingerprint = SecretFingerprint.of("pepper", SECRET);

        assertFalse(fingerprint.contains(HexFormat.of().formatHex(SECRET)));
        assertNotEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SECRET)), fingerprint);
    }

    @Test
    void theFingerprintIsTheDocumentedHmacOfTheLabel() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
        byte[] expected = mac.doFinal("otp-server secret fingerprint v1: pepper".getBytes(StandardCharsets.UTF_8));

        assertEquals(HexFormat.of().formatHex(expected), SecretFingerprint.of("pepper", SECRET));
        assertFalse(Arrays.equals(expected, SECRET));
    }

    @Test
    void aPepperAndASealingKeyOfTheSameBytesHaveTheirOwnFingerprints() {
        assertEquals(SecretFingerprint.of("pepper", SECRET), new Pepper(SECRET).fingerprint());
        assertEquals(SecretFingerprint.of("sealing-key", SECRET), new SealingKey(SECRET).fingerprint());
    }
}
