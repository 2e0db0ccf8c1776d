package dev.otpserver.common.signature;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA keys in PEM: public keys as X.509 SubjectPublicKeyInfo, private keys as PKCS#8 (what {@code openssl} writes). */
public final class PemKeys {

    private static final String PUBLIC = "PUBLIC KEY";
    private static final String PRIVATE = "PRIVATE KEY";

    private PemKeys() {}

    /** Accepts a PEM block or its bare Base64 body, as partners paste keys either way. */
    public static PublicKey publicKey(String pem) {
        try {
            return rsa().generatePublic(new X509EncodedKeySpec(der(pem, PUBLIC)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an RSA public key in PEM (X.509 SubjectPublicKeyInfo)", e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return rsa().generatePrivate(new PKCS8EncodedKeySpec(der(pem, PRIVATE)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an RSA private key in PEM (PKCS#8)", e);
        }
    }

    public static String pem(PublicKey key) {
        return block(PUBLIC, key.getEncoded());
    }

    public static String pem(PrivateKey key) {
        return block(PRIVATE, key.getEncoded());
    }

    private static byte[] der(String pem, String type) {
        String body = pem.replace("-----BEGIN " + type + "-----", "")
                .replace("-----END " + type + "-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String block(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }
}
