package dev.otpserver.common.gsp;

import dev.otpserver.common.secret.SecretSetting;
import dev.otpserver.common.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the payment-integrator dialect, each a MicroProfile Config key with its default; and its server keys. */
@ApplicationScoped
public class GspSettings {

    /** Where sendOtp and verifyOtp are served: {@code <base-path>/v1/sendOtp}. */
    @Inject
    @ConfigProperty(name = "otp.gsp.base-path", defaultValue = "/gsp")
    String basePath;

    /** How far requestHeader.requestTimestamp may be from the server clock, either way. */
    @Inject
    @ConfigProperty(name = "otp.gsp.request-timestamp-window-seconds", defaultValue = "60")
    long timestampWindowSeconds;

    /** JWK set file of the server's private keys, the same file on every node. Default: ~/.otp-server/gsp-keys.jwks */
    @Inject
    @ConfigProperty(name = "otp.gsp.server-keys.path")
    Optional<String> serverKeysPath;

    /** Development only: accept plain JSON (application/json) without JOSE, as this client. Unset: JOSE only. */
    @Inject
    @ConfigProperty(name = "otp.gsp.plain-json-caller")
    Optional<String> plainJsonCaller;

    @Inject
    ServerSecrets secrets;

    /** The base path as {@code /segment[/segment…]}, whatever slashes it was written with. */
    public String basePath() {
        String trimmed = basePath.strip().replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "" : "/" + trimmed;
    }

    public Duration timestampWindow() {
        return Duration.ofSeconds(timestampWindowSeconds);
    }

    public Optional<String> plainJsonCaller() {
        return plainJsonCaller.filter(id -> !id.isBlank());
    }

    @Produces
    @Singleton
    ServerJoseKeys serverJoseKeys() {
        return ServerJoseKeys.loadOrCreate(secrets.file(SecretSetting.JOSE_KEYS, serverKeysPath));
    }
}
