package dev.otpserver.common.result;

/** A response that carries nothing but its {@link Result}: every failure, and successes without a payload. */
public record Envelope(Result result) {

    public static Envelope of(ResultCode code, String message) {
        return new Envelope(Result.of(code, message));
    }
}
