package dev.otpserver.common.signature;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * SHA256withRSA (RSASSA-PKCS1-v1_5), the {@code RSA256} algorithm of the Signature header, in Base64, by the
 * {@link RsaProvider}.
 */
public final class RsaSignatures {

    private static final String ALGORITHM = "SHA256withRSA";

    private RsaSignatures() {}

    public static String sign(PrivateKey key, byte[] signingString) {
        try {
            Signature signature = RsaProvider.signature(ALGORITHM);
            signature.initSign(key);
            signature.update(signingString);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + ALGORITHM, e);
        }
    }

    /** True only for a well-formed Base64 signature that {@code key} made over {@code signingString}. */
    public static boolean verify(PublicKey key, byte[] signingString, String base64Signature) {
        try {
            Signature signature = RsaProvider.signature(ALGORITHM);
            signature.initVerify(key);
            signature.update(signingString);
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (IllegalArgumentException | GeneralSecurityException notAValidSignature) {
            return false;
        }
    }
}
