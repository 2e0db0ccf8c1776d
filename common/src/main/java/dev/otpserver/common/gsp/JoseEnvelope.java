package dev.otpserver.common.gsp;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEDecrypter;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.factories.DefaultJWEDecrypterFactory;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import dev.otpserver.common.signature.RsaProvider;
import java.security.Key;
import java.security.Provider;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Signs then encrypts a JSON body, and opens one: a compact JWS (RFC 7515) nested in a compact JWE (RFC 7516),
 * as the payment-integrator dialect sends both ways. The same code serves the server and a caller; each side
 * holds its own private keys and the other side's public keys. Outgoing: RS256 or ES256 by the signing key's
 * type; RSA-OAEP-256 or ECDH-ES+A256KW with A256GCM by the recipient key's type. Incoming: any algorithm that
 * Nimbus supports for the key at hand except RSA1_5 (padding oracle) and HMAC (no shared secrets here). The RSA
 * private-key steps (RS256 signatures, RSA-OAEP decryption) run in the native provider where it loads, as the
 * Signature headers do ({@link RsaProvider}); the JDK's otherwise.
 */
public final class JoseEnvelope {

    private static final Set<JWEAlgorithm> REFUSED_ENCRYPTION = Set.of(JWEAlgorithm.RSA1_5, JWEAlgorithm.DIR);

    private JoseEnvelope() {}

    /** A key of the other side that may have signed a body, with whoever owns it. */
    public record SenderKey<T>(T owner, JWK key) {}

    /** A body whose signature was verified, with the owner of the key that signed it. */
    public record Opened<T>(T sender, byte[] json) {}

    public static String seal(byte[] json, JWK signingKey, JWK recipientKey) {
        try {
            JWSAlgorithm signing = signingKey instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
            JWSObject jws = new JWSObject(
                    new JWSHeader.Builder(signing).keyID(signingKey.getKeyID()).build(), new Payload(json));
            jws.sign(signer(signingKey, signing));
            JWEObject jwe = new JWEObject(encryptionHeader(recipientKey), new Payload(jws));
            if (recipientKey instanceof ECKey ec) {
                jwe.encrypt(new ECDHEncrypter(ec));
            } else {
                jwe.encrypt(new RSAEncrypter(recipientKey.toRSAKey()));
            }
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalArgumentException(
                    "Cannot sign and encrypt with keys " + signingKey.getKeyID() + " and " + recipientKey.getKeyID(),
                    e);
        }
    }

    /**
     * Decrypts {@code compact} with one of {@code decryptionKeys} (the one its {@code kid} names, or each in
     * turn) and verifies the nested signature with one of the sender keys that {@code senderKeys} gives for
     * the JWS {@code kid} (empty when the header has none).
     */
    public static <T> Opened<T> open(
            String compact, List<JWK> decryptionKeys, Function<Optional<String>, List<SenderKey<T>>> senderKeys) {
        JWSObject jws = decrypt(compact, decryptionKeys);
        Optional<String> kid = Optional.ofNullable(jws.getHeader().getKeyID());
        for (SenderKey<T> candidate : senderKeys.apply(kid)) {
            if (verifies(jws, candidate.key())) {
                return new Opened<>(candidate.owner(), jws.getPayload().toBytes());
            }
        }
        throw new GspException(
                ErrorResponseCode.INVALID_PAYLOAD_SIGNATURE,
                "The payload is not signed by an active key of a registered caller"
                        + kid.map(k -> " (kid " + k + ")").orElse("") + ".");
    }

    /** RSA signatures by the native provider where it loaded, with the key in its own form. */
    private static JWSSigner signer(JWK signingKey, JWSAlgorithm algorithm) throws JOSEException {
        Optional<Provider> nativeProvider = RsaProvider.nativeProvider();
        if (signingKey instanceof RSAKey rsa && nativeProvider.isPresent()) {
            RSASSASigner signer = new RSASSASigner(NativePrivateKeys.of(rsa));
            signer.getJCAContext().setProvider(nativeProvider.get());
            return signer;
        }
        return new DefaultJWSSignerFactory().createJWSSigner(signingKey, algorithm);
    }

    private static JWSObject decrypt(String compact, List<JWK> decryptionKeys) {
        JWEObject parsed = parseJwe(compact);
        // Nimbus parses a header without "alg" (or with a null one) and leaves the algorithm null
        if (parsed.getHeader().getAlgorithm() == null
                || REFUSED_ENCRYPTION.contains(parsed.getHeader().getAlgorithm())) {
            throw new GspException(
                    ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                    "Key management algorithm " + parsed.getHeader().getAlgorithm()
                            + " is not accepted; use RSA-OAEP-256.");
        }
        String kid = parsed.getHeader().getKeyID();
        for (JWK key : decryptionKeys) {
            if (kid != null && !kid.equals(key.getKeyID())) {
                continue;
            }
            Optional<Payload> payload = decryptWith(parseJwe(compact), key);
            if (payload.isPresent()) {
                return nestedJws(payload.get());
            }
        }
        throw new GspException(
                ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION,
                "The payload is not encrypted to an active key of this server"
                        + (kid == null ? "" : " (kid " + kid + ")") + ".");
    }

    private static Optional<Payload> decryptWith(JWEObject jwe, JWK key) {
        try {
            jwe.decrypt(decrypter(jwe.getHeader(), key));
            return Optional.of(jwe.getPayload());
        } catch (JOSEException | IllegalArgumentException notThisKey) {
            return Optional.empty();
        }
    }

    /** RSA-OAEP by the native provider where it loaded, with the key in its own form; anything else by Nimbus and the JDK. */
    private static JWEDecrypter decrypter(JWEHeader header, JWK key) throws JOSEException {
        Optional<Provider> nativeProvider = RsaProvider.nativeProvider();
        if (key instanceof RSAKey rsa
                && nativeProvider.isPresent()
                && NativeRsaOaepDecrypter.handles(header.getAlgorithm())) {
            return new NativeRsaOaepDecrypter(NativePrivateKeys.of(rsa), nativeProvider.get());
        }
        return new DefaultJWEDecrypterFactory().createJWEDecrypter(header, privateKey(key));
    }

    private static JWSObject nestedJws(Payload payload) {
        try {
            return JWSObject.parse(payload.toString());
        } catch (ParseException notSigned) {
            throw new GspException(
                    ErrorResponseCode.INVALID_PAYLOAD_SIGNATURE, "The decrypted payload is not a compact JWS.");
        }
    }

    private static boolean verifies(JWSObject jws, JWK key) {
        try {
            JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
            if (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
                return false;
            }
            return jws.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), publicKey(key)));
        } catch (JOSEException | IllegalArgumentException notThisKey) {
            return false;
        }
    }

    private static JWEObject parseJwe(String compact) {
        try {
            return JWEObject.parse(compact.trim());
        } catch (ParseException | RuntimeException notJwe) {
            throw new GspException(ErrorResponseCode.INVALID_PAYLOAD_ENCRYPTION, "The body is not a compact JWE.");
        }
    }

    private static JWEHeader encryptionHeader(JWK recipientKey) {
        JWEAlgorithm algorithm =
                recipientKey instanceof ECKey ? JWEAlgorithm.ECDH_ES_A256KW : JWEAlgorithm.RSA_OAEP_256;
        return new JWEHeader.Builder(algorithm, EncryptionMethod.A256GCM)
                .keyID(recipientKey.getKeyID())
                .contentType("JWS")
                .build();
    }

    private static Key privateKey(JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa) {
            return rsa.toPrivateKey();
        }
        if (key instanceof ECKey ec) {
            return ec.toPrivateKey();
        }
        throw new JOSEException("Unsupported key type " + key.getKeyType());
    }

    private static Key publicKey(JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa) {
            return rsa.toPublicKey();
        }
        if (key instanceof ECKey ec) {
            return ec.toPublicKey();
        }
        throw new JOSEException("Unsupported key type " + key.getKeyType());
    }
}
