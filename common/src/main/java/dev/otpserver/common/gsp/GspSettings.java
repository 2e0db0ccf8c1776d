package dev.otpserver.common.gsp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the payment-integrator dialect, each a MicroProfile Config key with its default. */
@ApplicationScoped
public class GspSettings {

    static final String BASE_PATH = "otp.gsp.base-path";
    static final String DEFAULT_BASE_PATH = "/gsp";

    /** Where sendOtp and verifyOtp are served: {@code <base-path>/v1/sendOtp}. */
    @Inject
    @ConfigProperty(name = BASE_PATH, defaultValue = DEFAULT_BASE_PATH)
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

    /** The base path as {@code /segment[/segment…]}, whatever slashes it was written with. */
    public String basePath() {
        return normalized(basePath);
    }

    /** The base path {@code config} sets, for what is no CDI bean (the OpenAPI document's filter). */
    public static String basePath(Config config) {
        return normalized(config.getOptionalValue(BASE_PATH, String.class).orElse(DEFAULT_BASE_PATH));
    }

    private static String normalized(String basePath) {
        String trimmed = basePath.strip().replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "" : "/" + trimmed;
    }

    public Duration timestampWindow() {
        return Duration.ofSeconds(timestampWindowSeconds);
    }

    public Optional<String> plainJsonCaller() {
        return plainJsonCaller.filter(id -> !id.isBlank());
    }

    /** The configured file of the server's keys, if one is configured (see SecretSetting.JOSE_KEYS). */
    public Optional<String> serverKeysPath() {
        return serverKeysPath;
    }
}
