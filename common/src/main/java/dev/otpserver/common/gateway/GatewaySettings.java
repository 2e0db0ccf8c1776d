package dev.otpserver.common.gateway;

import dev.otpserver.common.secret.SecretSetting;
import dev.otpserver.common.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the Ant-gateway family, each a MicroProfile Config key with its default. */
@ApplicationScoped
public class GatewaySettings {

    /** How far a Request-Time may be from the server clock, either way. */
    @Inject
    @ConfigProperty(name = "otp.gateway.request-time-window-seconds", defaultValue = "300")
    long requestTimeWindowSeconds;

    /** Largest request body the gateway reads; larger ones are refused with PARAM_ILLEGAL. */
    @Inject
    @ConfigProperty(name = "otp.gateway.max-body-bytes", defaultValue = "65536")
    int maxBodyBytes;

    /** PKCS#8 PEM file of the server signing key, the same file on every node. Default: ~/.otp-server/server-key.pem */
    @Inject
    @ConfigProperty(name = "otp.gateway.signing-key.path")
    Optional<String> signingKeyPath;

    /** The keyVersion announced in the Signature header of responses; raise it when the key is rotated. */
    @Inject
    @ConfigProperty(name = "otp.gateway.signing-key.version", defaultValue = "1")
    int signingKeyVersion;

    @Inject
    ServerSecrets secrets;

    public Duration requestTimeWindow() {
        return Duration.ofSeconds(requestTimeWindowSeconds);
    }

    public Path signingKeyPath() {
        return secrets.file(SecretSetting.SIGNING_KEY, signingKeyPath);
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public int signingKeyVersion() {
        return signingKeyVersion;
    }
}
