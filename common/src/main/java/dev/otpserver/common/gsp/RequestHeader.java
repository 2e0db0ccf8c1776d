package dev.otpserver.common.gsp;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The {@code requestHeader} every payment-integrator request carries. {@code requestId} is the idempotency
 * key; {@code requestTimestamp} changes on retries and must be near the server clock; only major version 1
 * is spoken (minor and revision may change without notice). {@code userLocale} is deprecated and ignored.
 */
public record RequestHeader(String requestId, Instant requestTimestamp, int majorVersion) {

    public static final int MAJOR_VERSION = 1;
    private static final Pattern REQUEST_ID = Pattern.compile("[a-zA-Z0-9:_-]{1,100}");

    /** The header of {@code body}, checked against the server clock {@code now} with the allowed {@code window}. */
    public static RequestHeader of(GspFields body, Instant now, Duration window) {
        GspFields header = body.requiredObject("requestHeader");
        int major = header.requiredObject("protocolVersion").requiredInt("major");
        if (major != MAJOR_VERSION) {
            throw new GspException(
                    ErrorResponseCode.INVALID_API_VERSION,
                    "requestHeader.protocolVersion.major " + major + " is not supported; this server speaks "
                            + MAJOR_VERSION + ".");
        }
        String requestId = header.required("requestId", 100);
        if (!REQUEST_ID.matcher(requestId).matches()) {
            throw GspException.invalid("requestHeader.requestId", "may hold only a-z, A-Z, 0-9, ':', '-' and '_'.");
        }
        Instant timestamp = Instant.ofEpochMilli(header.requiredInt64("requestTimestamp"));
        if (Duration.between(timestamp, now).abs().compareTo(window) > 0) {
            throw new GspException(
                    ErrorResponseCode.REQUEST_TIMESTAMP_OUT_OF_RANGE,
                    "requestHeader.requestTimestamp must be within " + window.toSeconds()
                            + " seconds of the server clock.");
        }
        return new RequestHeader(requestId, timestamp, major);
    }
}
