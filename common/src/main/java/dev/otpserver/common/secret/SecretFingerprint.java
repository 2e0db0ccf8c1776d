package dev.otpserver.common.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed fingerprint of a server secret: HMAC-SHA256 under the secret of a fixed label naming it. Two nodes
 * compare secrets by it through the database, which never holds the secret itself nor anything that would let
 * one test guesses of it without the secret.
 */
public final class SecretFingerprint {

    private static final String LABEL = "otp-server secret fingerprint v1: ";

    private SecretFingerprint() {}

    public static String of(String secretName, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((LABEL + secretName).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
