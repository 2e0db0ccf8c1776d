package dev.otpserver.common.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts what must be stored but must not be readable at rest, such as a code inside a queued message
 * (AES-256-GCM, a fresh 96-bit nonce each time). From the server's secret store or a mounted file ({@link ServerSecrets}).
 */
public final class SealingKey {

    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_WRAPPING = "otp-server key wrapping v1";

    private final SecretKeySpec key;
    private final String fingerprint;

    SealingKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, "AES");
        this.fingerprint = SecretFingerprint.of(SecretSetting.SEALING_KEY.name(), secret);
    }

    /** The sealing key in {@code file}, made there when absent (development tools and tests). */
    public static SealingKey loadOrCreate(Path file) {
        return new SealingKey(SecretBytes.loadOrCreate(file, SecretSetting.SEALING_KEY));
    }

    public String fingerprint() {
        return fingerprint;
    }

    /**
     * The key that seals rotated secrets in srv_secret_version: HMAC-SHA256 of a fixed label under this key, so
     * that every node holding the secret store's sealing key opens them, and no message is ever sealed with it.
     */
    SealingKey keyWrapping() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return new SealingKey(mac.doFinal(KEY_WRAPPING.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public String seal(String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open a sealed value: another sealing key, or tampered data", e);
        }
    }

    @Override
    public String toString() {
        return "SealingKey[hidden]";
    }
}
