package dev.otpserver.common.gateway;

import dev.otpserver.common.secret.SecretRotation;
import dev.otpserver.common.secret.SecretSetting;
import dev.otpserver.common.secret.SecretVersion;
import dev.otpserver.common.signature.PemKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Rotates the server signing key in two steps, in the caller's transaction: a new key is announced (published,
 * not signing), so that partners fetch it before any answer carries its keyVersion; it signs from when an admin
 * activates it. The older versions stay published.
 */
@ApplicationScoped
public class SigningKeyRotation {

    @Inject
    SecretRotation rotation;

    @Inject
    ServerSigningKey fileKey;

    /** A new key, announced; empty while another one is announced and not yet active. */
    public Optional<SecretVersion> announce(String by) {
        if (!rotation.announced(SecretSetting.SIGNING_KEY).isEmpty()) {
            return Optional.empty();
        }
        ServerSigningKey key =
                ServerSigningKey.generate(rotation.nextVersion(SecretSetting.SIGNING_KEY, fileKey.keyVersion()));
        return Optional.of(rotation.add(
                SecretSetting.SIGNING_KEY,
                key.keyVersion(),
                PemKeys.pem(key.privateKey()),
                PemKeys.pem(key.publicKey()),
                sha256(key.publicKey().getEncoded()),
                by,
                Optional.empty()));
    }

    /** The announced key of {@code keyVersion}, signing from now on; empty when no such key is announced. */
    public Optional<SecretVersion> activate(int keyVersion) {
        Optional<SecretVersion> announced = rotation.announced(SecretSetting.SIGNING_KEY).stream()
                .filter(version -> version.version() == keyVersion)
                .findFirst();
        announced.ifPresent(rotation::activate);
        return announced;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
