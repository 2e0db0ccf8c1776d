package dev.otpserver.notification.webhook.control;

import dev.otpserver.notification.outbox.control.RetryPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * How partner notifications are sent and kept: MicroProfile Config keys {@code otp.notification.webhook.*}, each
 * with its default. The names they had while config-module sent the notifications ({@code otp.config.notify.*},
 * {@code otp.config.notification-retention-days}) are still read when the new one is not set, with a warning.
 */
@ApplicationScoped
public class WebhookSettings {

    private static final Logger LOG = Logger.getLogger(WebhookSettings.class.getName());
    static final String PREFIX = "otp.notification.webhook.";

    @Inject
    Config config;

    /** Longest wait for a partner's server to accept the connection. */
    long connectTimeoutSeconds = 5;

    /** Longest wait for a partner's answer once connected. */
    long readTimeoutSeconds = 10;

    /** Factor on the retry intervals: 1 is the published schedule, 0.001 runs its 24 h 22 min in 88 s (tests). */
    double timeScale = 1.0;

    /** Notifications one claim of one node takes at most; a pulse claims again while a full batch was due. */
    int pulseBatch = 50;

    /** Attempts one node has in flight at most; each runs on a thread of the server's managed executor. */
    int maxInFlight = 64;

    /** How long a claimed attempt keeps its row from other nodes; a node that dies mid-attempt frees it then. */
    long claimLeaseSeconds = 60;

    /** How long a final notification is kept after its last change; 0 keeps them for ever. */
    long retentionDays = 30;

    @PostConstruct
    void read() {
        connectTimeoutSeconds = setting("otp.notification.webhook.connect-timeout-seconds", Long.class)
                .orElse(connectTimeoutSeconds);
        readTimeoutSeconds = setting("otp.notification.webhook.read-timeout-seconds", Long.class)
                .orElse(readTimeoutSeconds);
        timeScale = setting("otp.notification.webhook.time-scale", Double.class).orElse(timeScale);
        pulseBatch =
                setting("otp.notification.webhook.pulse-batch", Integer.class).orElse(pulseBatch);
        maxInFlight =
                setting("otp.notification.webhook.max-in-flight", Integer.class).orElse(maxInFlight);
        claimLeaseSeconds = setting("otp.notification.webhook.claim-lease-seconds", Long.class)
                .orElse(claimLeaseSeconds);
        retentionDays =
                setting("otp.notification.webhook.retention-days", Long.class).orElse(retentionDays);
    }

    /** The setting under its name, else under its former name (said in the log, so that it gets renamed). */
    private <T> Optional<T> setting(String name, Class<T> type) {
        return config.getOptionalValue(name, type).or(() -> {
            String formerName = formerName(name);
            Optional<T> former = config.getOptionalValue(formerName, type);
            former.ifPresent(value -> LOG.warning(() -> formerName + " is the former name of " + name
                    + "; it is still read, but rename it in the server's configuration."));
            return former;
        });
    }

    /** The name a setting had while config-module sent the notifications. */
    static String formerName(String name) {
        String suffix = name.substring(PREFIX.length());
        return suffix.equals("retention-days")
                ? "otp.config.notification-retention-days"
                : "otp.config.notify." + suffix;
    }

    public Duration connectTimeout() {
        return Duration.ofSeconds(connectTimeoutSeconds);
    }

    public Duration readTimeout() {
        return Duration.ofSeconds(readTimeoutSeconds);
    }

    /** The webhook channel's: seed 003's schedule. */
    public RetryPolicy retryPolicy() {
        return RetrySchedule.published(timeScale);
    }

    public int pulseBatch() {
        return pulseBatch;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public long retentionDays() {
        return retentionDays;
    }

    /** The longest one attempt can take: connecting, then waiting for the whole answer. */
    public Duration attemptBound() {
        return connectTimeout().plus(readTimeout());
    }

    /** Never shorter than an attempt can take, so that no node takes a row whose attempt is still running. */
    public Duration claimLease() {
        Duration floor = attemptBound().plusSeconds(5);
        Duration configured = Duration.ofSeconds(claimLeaseSeconds);
        return configured.compareTo(floor) > 0 ? configured : floor;
    }
}
