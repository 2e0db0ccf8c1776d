package dev.otpserver.notification.delivery.control;

/**
 * What one gateway did with one message. SMS attempts carry the encoding and segment count of the text;
 * an email attempt has neither.
 */
public record GatewayAttempt(
        String gateway,
        Outcome outcome,
        String providerMessageId,
        long latencyMs,
        String detail,
        String encoding,
        Integer segments) {

    /** ACCEPTED ends the message's delivery; PERMANENT fails it; TRANSIENT and SKIPPED leave it to the next try. */
    public enum Outcome {
        ACCEPTED,
        TRANSIENT,
        PERMANENT,
        SKIPPED
    }

    /** One call of a gateway that either returns the provider's message id or throws. */
    @FunctionalInterface
    public interface Call {
        String send() throws DeliveryFailure;
    }

    /** Runs the call, timing it; a failure becomes a TRANSIENT or PERMANENT attempt, never an exception. */
    public static GatewayAttempt timed(String gateway, Call call) {
        long started = System.nanoTime();
        try {
            String providerId = call.send();
            return new GatewayAttempt(gateway, Outcome.ACCEPTED, providerId, millisSince(started), null, null, null);
        } catch (DeliveryFailure failure) {
            return new GatewayAttempt(
                    gateway,
                    failure.permanent() ? Outcome.PERMANENT : Outcome.TRANSIENT,
                    null,
                    millisSince(started),
                    failure.getMessage(),
                    null,
                    null);
        }
    }

    public static GatewayAttempt skipped(String gateway, String why) {
        return new GatewayAttempt(gateway, Outcome.SKIPPED, null, 0, why, null, null);
    }

    public GatewayAttempt withText(String encoding, int segments) {
        return new GatewayAttempt(gateway, outcome, providerMessageId, latencyMs, detail, encoding, segments);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
