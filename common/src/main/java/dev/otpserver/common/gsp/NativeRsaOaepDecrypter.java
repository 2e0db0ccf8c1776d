package dev.otpserver.common.gsp;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEDecrypter;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.impl.ContentCryptoProvider;
import com.nimbusds.jose.crypto.impl.CriticalHeaderParamsDeferral;
import com.nimbusds.jose.jca.JWEJCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.spec.MGF1ParameterSpec;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * RSA-OAEP key management (RFC 7518 §4.3) in the native provider, which offers OAEP as {@code RSA/ECB/OAEPPadding}
 * with explicit parameters only, not under the names Nimbus's RSADecrypter asks for. As there: the encrypted key,
 * IV and tag are required, critical header parameters are refused, and Nimbus decrypts the content.
 */
final class NativeRsaOaepDecrypter implements JWEDecrypter {

    private static final Map<JWEAlgorithm, OAEPParameterSpec> OAEP = Map.of(
            JWEAlgorithm.RSA_OAEP, oaep("SHA-1", MGF1ParameterSpec.SHA1),
            JWEAlgorithm.RSA_OAEP_256, oaep("SHA-256", MGF1ParameterSpec.SHA256),
            JWEAlgorithm.RSA_OAEP_384, oaep("SHA-384", MGF1ParameterSpec.SHA384),
            JWEAlgorithm.RSA_OAEP_512, oaep("SHA-512", MGF1ParameterSpec.SHA512));

    private final PrivateKey key;
    private final Provider provider;
    private final JWEJCAContext jca = new JWEJCAContext();
    private final CriticalHeaderParamsDeferral critical = new CriticalHeaderParamsDeferral();

    NativeRsaOaepDecrypter(PrivateKey key, Provider provider) {
        this.key = key;
        this.provider = provider;
    }

    static boolean handles(JWEAlgorithm algorithm) {
        return OAEP.containsKey(algorithm);
    }

    @Override
    public byte[] decrypt(
            JWEHeader header, Base64URL encryptedKey, Base64URL iv, Base64URL cipherText, Base64URL authTag, byte[] aad)
            throws JOSEException {
        if (encryptedKey == null || iv == null || authTag == null) {
            throw new JOSEException("Missing JWE encrypted key, initialization vector or authentication tag");
        }
        critical.ensureHeaderPasses(header);
        OAEPParameterSpec parameters = OAEP.get(header.getAlgorithm());
        if (parameters == null) {
            throw new JOSEException("Not an RSA-OAEP algorithm: " + header.getAlgorithm());
        }
        return ContentCryptoProvider.decrypt(
                header, aad, encryptedKey, iv, cipherText, authTag, contentKey(encryptedKey.decode(), parameters), jca);
    }

    private SecretKey contentKey(byte[] encryptedKey, OAEPParameterSpec parameters) throws JOSEException {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding", provider);
            cipher.init(Cipher.DECRYPT_MODE, key, parameters);
            return new SecretKeySpec(cipher.doFinal(encryptedKey), "AES");
        } catch (GeneralSecurityException e) {
            throw new JOSEException("RSA-OAEP decryption of the content key failed", e);
        }
    }

    @Override
    public Set<JWEAlgorithm> supportedJWEAlgorithms() {
        return OAEP.keySet();
    }

    @Override
    public Set<EncryptionMethod> supportedEncryptionMethods() {
        return ContentCryptoProvider.SUPPORTED_ENCRYPTION_METHODS;
    }

    @Override
    public JWEJCAContext getJCAContext() {
        return jca;
    }

    private static OAEPParameterSpec oaep(String digest, MGF1ParameterSpec mgf) {
        return new OAEPParameterSpec(digest, "MGF1", mgf, PSource.PSpecified.DEFAULT);
    }
}
