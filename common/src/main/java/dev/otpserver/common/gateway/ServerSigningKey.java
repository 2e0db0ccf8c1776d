package dev.otpserver.common.gateway;

import dev.otpserver.common.secret.SecretFiles;
import dev.otpserver.common.signature.PemKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.logging.Logger;

/**
 * The server's RSA key that signs every response and notification. It is a server secret: a PKCS#8 PEM
 * file outside the repository, readable by the server's user only. Where none exists yet, one is created
 * (with its public half beside it as {@code <file>.pub}, for partners) and the log says where.
 */
public record ServerSigningKey(int keyVersion, PrivateKey privateKey, PublicKey publicKey) {

    private static final Logger LOG = Logger.getLogger(ServerSigningKey.class.getName());

    public static ServerSigningKey loadOrCreate(Path file, int keyVersion) {
        try {
            if (Files.exists(file)) {
                PrivateKey privateKey = PemKeys.privateKey(Files.readString(file, StandardCharsets.US_ASCII));
                return new ServerSigningKey(keyVersion, privateKey, publicHalf(privateKey));
            }
            return create(file, keyVersion);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the server signing key at " + file, e);
        }
    }

    /** The key of {@code keyVersion} in a PKCS#8 PEM text (a rotated version, opened from the database). */
    public static ServerSigningKey of(int keyVersion, String privatePem) {
        PrivateKey privateKey = PemKeys.privateKey(privatePem);
        return new ServerSigningKey(keyVersion, privateKey, publicHalf(privateKey));
    }

    /** A new random key of {@code keyVersion}, kept in memory only. */
    public static ServerSigningKey generate(int keyVersion) {
        KeyPair pair = generate();
        return new ServerSigningKey(keyVersion, pair.getPrivate(), pair.getPublic());
    }

    private static ServerSigningKey create(Path file, int keyVersion) throws IOException {
        KeyPair pair = generate();
        SecretFiles.writeOwnerOnly(file, PemKeys.pem(pair.getPrivate()));
        Path publicFile = Path.of(file + ".pub");
        Files.writeString(publicFile, PemKeys.pem(pair.getPublic()), StandardCharsets.US_ASCII);
        LOG.warning(() -> "Created a new server signing key at " + file.toAbsolutePath()
                + "; partners verify responses with its public key " + publicFile.toAbsolutePath()
                + ". Set otp.gateway.signing-key.path to keep your own key.");
        return new ServerSigningKey(keyVersion, pair.getPrivate(), pair.getPublic());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static PublicKey publicHalf(PrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException(
                    "The server signing key must be an RSA key with CRT parameters (PKCS#8)");
        }
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the public key", e);
        }
    }

    @Override
    public String toString() {
        return "ServerSigningKey[keyVersion=" + keyVersion + "]";
    }
}
