package dev.otpserver.common.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's symmetric secrets, the same on every node: each from the server's secret store (its value key,
 * Base64) or a file the operator mounts (its path key; default ~/.otp-server/NAME). A node with neither refuses
 * to start, unless it is a development run allowed to make what is missing.
 */
@ApplicationScoped
public class ServerSecrets {

    public static final String GENERATE_MISSING = "otp.secrets.generate-missing";

    /** Development only (./otp run): make a missing secret file on first start instead of refusing to start. */
    @Inject
    @ConfigProperty(name = GENERATE_MISSING, defaultValue = "false")
    boolean generateMissing;

    /** The pepper that keys the hashes of codes and tokens, Base64 of 32 bytes; or the file below. */
    @Inject
    @ConfigProperty(name = "otp.auth.pepper")
    Optional<String> pepper;

    @Inject
    @ConfigProperty(name = "otp.auth.pepper.path")
    Optional<String> pepperPath;

    /** The AES key that seals codes inside queued messages, Base64 of 32 bytes; or the file below. */
    @Inject
    @ConfigProperty(name = "otp.notification.sealing-key")
    Optional<String> sealingKey;

    @Inject
    @ConfigProperty(name = "otp.notification.sealing-key.path")
    Optional<String> sealingKeyPath;

    @Produces
    @Singleton
    Pepper pepper() {
        return new Pepper(secret(SecretSetting.PEPPER, pepper, pepperPath));
    }

    @Produces
    @Singleton
    SealingKey sealingKey() {
        return new SealingKey(secret(SecretSetting.SEALING_KEY, sealingKey, sealingKeyPath));
    }

    private byte[] secret(SecretSetting setting, Optional<String> value, Optional<String> path) {
        Optional<String> given = value.filter(text -> !text.isBlank());
        if (given.isPresent()) {
            return SecretValue.decode(setting, setting.valueKey(), given.get());
        }
        return SecretBytes.loadOrCreate(file(setting, path), setting);
    }

    /** The file of a secret; it must exist unless missing secrets may be made (development runs). */
    public Path file(SecretSetting setting, Optional<String> configured) {
        Path file = pathOr(configured, setting.defaultFile());
        if (!generateMissing && !Files.exists(file)) {
            throw new IllegalStateException(setting.notConfigured(file));
        }
        return file;
    }

    /** The configured file, or one of that name in ~/.otp-server. */
    public static Path pathOr(Optional<String> configured, String defaultName) {
        return configured
                .filter(path -> !path.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".otp-server", defaultName));
    }
}
