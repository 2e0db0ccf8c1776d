package dev.otpserver.common.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The server's symmetric secrets, each a file outside the repository (defaults under ~/.otp-server). */
@ApplicationScoped
public class ServerSecrets {

    /** File of the pepper that keys the hashes of codes and tokens. Default: ~/.otp-server/pepper */
    @Inject
    @ConfigProperty(name = "otp.auth.pepper.path")
    Optional<String> pepperPath;

    /** File of the AES key that seals codes inside queued messages. Default: ~/.otp-server/sealing-key */
    @Inject
    @ConfigProperty(name = "otp.notification.sealing-key.path")
    Optional<String> sealingKeyPath;

    @Produces
    @Singleton
    Pepper pepper() {
        return Pepper.loadOrCreate(pathOr(pepperPath, "pepper"));
    }

    @Produces
    @Singleton
    SealingKey sealingKey() {
        return SealingKey.loadOrCreate(pathOr(sealingKeyPath, "sealing-key"));
    }

    /** The configured file, or one of that name in ~/.otp-server. */
    public static Path pathOr(Optional<String> configured, String defaultName) {
        return configured.filter(path -> !path.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".otp-server", defaultName));
    }
}
