package dev.otpserver.common.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;

/**
 * The server's meters, in one place: codes issued, verified and failed per dialect, requests refused by a
 * rate or send limit, messages and partner notifications delivered, retried and dead-lettered per channel,
 * rows purged past their retention, and latency histograms of the APIs, of deliveries and of the timers' pulses. Never a code, a destination or a client in a tag.
 */
@ApplicationScoped
public class OtpMetrics {

    /** The APIs that issue and check codes. */
    public enum Dialect {
        WALLET,
        THREEDS,
        PAYMENT_INTEGRATOR
    }

    /** What became of one delivery attempt. */
    public enum Delivery {
        DELIVERED,
        RETRIED,
        DEAD_LETTERED
    }

    private volatile MeterBackend backend = MeterBackend.NONE;

    /** Set once at deployment by the web module, which sees the server's metrics API (this jar in EAR/lib may not). */
    public void use(MeterBackend serverBackend) {
        this.backend = serverBackend;
    }

    public void codeIssued(Dialect dialect) {
        backend().count("otp.codes.issued", "dialect", tag(dialect));
    }

    /** A code checked: verified when it passed, failed otherwise (wrong, expired, locked, used with another value). */
    public void codeChecked(Dialect dialect, boolean passed) {
        backend().count(passed ? "otp.codes.verified" : "otp.codes.failed", "dialect", tag(dialect));
    }

    /** A request refused by a traffic or send limit. */
    public void rateLimited(Dialect dialect) {
        backend().count("otp.requests.rate.limited", "dialect", tag(dialect));
    }

    /** A message (channel EMAIL or SMS) or a partner notification (channel WEBHOOK) after one attempt. */
    public void delivery(String channel, Delivery outcome, Duration took) {
        backend().count("otp.messages." + tag(outcome), "channel", channel.toLowerCase(Locale.ROOT));
        backend().time("otp.delivery.duration", "channel", channel.toLowerCase(Locale.ROOT), took);
    }

    /**
     * Rows one node's housekeeping purged past their retention ({@code kind}: "messages", "partner notifications",
     * "challenges" with the records kept beside them), so that the nodes' shares add up to what went, each row
     * purged by one node.
     */
    public void purged(String kind, int rows) {
        backend().count("otp.rows.purged", "kind", kind.replace(' ', '_'), rows);
    }

    /** How long one API call took, from the first byte read to the last written, by operation. */
    public void requestTook(String operation, Duration took) {
        backend().time("otp.request.duration", "operation", operation, took);
    }

    /** How long one pulse of a timer took (the outbox's "delivery", the partner notifications' "notify"). */
    public void pulseTook(String pulse, Duration took) {
        backend().time("otp.pulse.duration", "pulse", pulse, took);
    }

    private MeterBackend backend() {
        return backend;
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
