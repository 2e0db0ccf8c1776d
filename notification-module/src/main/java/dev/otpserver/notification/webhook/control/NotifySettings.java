package dev.otpserver.notification.webhook.control;

import dev.otpserver.notification.outbox.control.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How partner notifications are sent, each a MicroProfile Config key with its default. */
@ApplicationScoped
public class NotifySettings {

    /** Longest wait for a partner's server to accept the connection. */
    @Inject
    @ConfigProperty(name = "otp.config.notify.connect-timeout-seconds", defaultValue = "5")
    long connectTimeoutSeconds;

    /** Longest wait for a partner's answer once connected. */
    @Inject
    @ConfigProperty(name = "otp.config.notify.read-timeout-seconds", defaultValue = "10")
    long readTimeoutSeconds;

    /** Factor on the retry intervals: 1 is the published schedule, 0.001 runs its 24 h 22 min in 88 s (tests). */
    @Inject
    @ConfigProperty(name = "otp.config.notify.time-scale", defaultValue = "1.0")
    double timeScale;

    /** Notifications one claim of one node takes at most; a pulse claims again while a full batch was due. */
    @Inject
    @ConfigProperty(name = "otp.config.notify.pulse-batch", defaultValue = "50")
    int pulseBatch;

    /** Attempts one node has in flight at most; each runs on a thread of the server's managed executor. */
    @Inject
    @ConfigProperty(name = "otp.config.notify.max-in-flight", defaultValue = "64")
    int maxInFlight;

    /** How long a claimed attempt keeps its row from other nodes; a node that dies mid-attempt frees it then. */
    @Inject
    @ConfigProperty(name = "otp.config.notify.claim-lease-seconds", defaultValue = "60")
    long claimLeaseSeconds;

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
