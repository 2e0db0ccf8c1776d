package dev.otpserver.notification.delivery.control;

import dev.otpserver.notification.outbox.control.Backoff;
import dev.otpserver.notification.outbox.control.DoublingRetries;
import dev.otpserver.notification.outbox.control.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How hard the outbox tries, each a MicroProfile Config key with its default. */
@ApplicationScoped
public class DeliverySettings {

    /** Tries of one message before it is marked FAILED. */
    @Inject
    @ConfigProperty(name = "otp.notification.max-attempts", defaultValue = "6")
    int maxAttempts;

    /** Wait after the first transient failure; it doubles with each further one. */
    @Inject
    @ConfigProperty(name = "otp.notification.retry-first-seconds", defaultValue = "5")
    long retryFirstSeconds;

    /** The longest wait between two tries. */
    @Inject
    @ConfigProperty(name = "otp.notification.retry-max-seconds", defaultValue = "300")
    long retryMaxSeconds;

    /**
     * Threads of each node that send messages as soon as they are queued, and as many drains that take what is
     * left; each holds a database connection while it sends. With one drain, a gateway that takes 100 ms a
     * message would cap the node at 10 a second, and the drain got a thread's share of a busy CPU while the API
     * queued messages faster.
     */
    @Inject
    @ConfigProperty(name = "otp.notification.senders", defaultValue = "4")
    int senders;

    public int senders() {
        return Math.max(1, senders);
    }

    /** Email's and SMS's: {@code max-attempts} tries, the waits between them doubling. */
    public RetryPolicy retryPolicy() {
        return new DoublingRetries(
                maxAttempts, new Backoff(Duration.ofSeconds(retryFirstSeconds), Duration.ofSeconds(retryMaxSeconds)));
    }
}
