package dev.otpserver.auth.otp.control;

import dev.otpserver.common.notification.DeliveryChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the OTP rules from MicroProfile Config, where a client may override any default:
 * {@code otp.auth.<setting>} is the default, {@code otp.auth.client.<Client-Id>.<setting>} the client's own,
 * and the lifetime may differ per channel ({@code ...code-lifetime-seconds.email}). Read on every use, so
 * that a change made in the server console applies at once.
 */
@ApplicationScoped
public class OtpPolicies {

    /** Every setting with its default: the one place they are declared. */
    enum Setting {
        CODE_LENGTH("code-length", 6),
        CODE_LIFETIME_SECONDS("code-lifetime-seconds", 300),
        MAX_WRONG_ATTEMPTS("max-wrong-attempts", 5),
        SEND_LIMIT("send-limit", 5),
        SEND_WINDOW_SECONDS("send-window-seconds", 900),
        SEND_INTERVAL_SECONDS("send-interval-seconds", 30),
        REQUESTS_PER_MINUTE("requests-per-minute", 6000),
        WRONG_CODE_BUDGET("wrong-code-budget", 20),
        WRONG_CODE_WINDOW_SECONDS("wrong-code-window-seconds", 86_400);

        final String key;
        final int defaultValue;

        Setting(String key, int defaultValue) {
            this.key = key;
            this.defaultValue = defaultValue;
        }
    }

    @Inject
    Config config;

    public OtpPolicy of(String clientId, DeliveryChannel channel) {
        String channelSuffix = "." + channel.name().toLowerCase(Locale.ROOT);
        return new OtpPolicy(
                value(clientId, Setting.CODE_LENGTH, ""),
                Duration.ofSeconds(value(clientId, Setting.CODE_LIFETIME_SECONDS, channelSuffix)),
                value(clientId, Setting.MAX_WRONG_ATTEMPTS, ""),
                value(clientId, Setting.SEND_LIMIT, ""),
                Duration.ofSeconds(value(clientId, Setting.SEND_WINDOW_SECONDS, "")),
                Duration.ofSeconds(value(clientId, Setting.SEND_INTERVAL_SECONDS, "")),
                value(clientId, Setting.REQUESTS_PER_MINUTE, ""));
    }

    /** The traffic limit does not depend on a channel. */
    public int requestsPerMinute(String clientId) {
        return value(clientId, Setting.REQUESTS_PER_MINUTE, "");
    }

    /** The budget of wrong codes per user or phone number does not depend on a channel either. */
    public WrongCodeLimit wrongCodeLimit(String clientId) {
        return new WrongCodeLimit(
                value(clientId, Setting.WRONG_CODE_BUDGET, ""),
                Duration.ofSeconds(value(clientId, Setting.WRONG_CODE_WINDOW_SECONDS, "")));
    }

    /** The most specific of: client and channel, client, channel, default. */
    private int value(String clientId, Setting setting, String channelSuffix) {
        String client = "otp.auth.client." + clientId + "." + setting.key;
        String global = "otp.auth." + setting.key;
        return config.getOptionalValue(client + channelSuffix, Integer.class)
                .or(() -> config.getOptionalValue(client, Integer.class))
                .or(() -> config.getOptionalValue(global + channelSuffix, Integer.class))
                .or(() -> config.getOptionalValue(global, Integer.class))
                .orElse(setting.defaultValue);
    }
}
