package dev.otpserver.auth.otp.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules one client's codes follow on one channel.
 *
 * @param codeLength       digits of a code (4 to 10)
 * @param lifetime         how long a code may be used
 * @param maxWrongAttempts wrong codes after which a challenge is dead, the right code included
 * @param sendLimit        codes one user may get on one channel within {@code sendWindow}
 * @param sendInterval     least time between two codes to one user on one channel
 * @param requestsPerMinute calls of the wallet API one client may make per minute, across all nodes
 */
public record OtpPolicy(
        int codeLength,
        Duration lifetime,
        int maxWrongAttempts,
        int sendLimit,
        Duration sendWindow,
        Duration sendInterval,
        int requestsPerMinute) {

    public OtpPolicy {
        if (codeLength < 4 || codeLength > 10) {
            throw new IllegalArgumentException("otp.auth code-length must be between 4 and 10, not " + codeLength);
        }
    }

    /** The codes sent lately to one destination: how many within the send window, and when the latest went. */
    public record RecentSends(long count, Optional<Instant> last) {}

    /** As many codes as the window allows went already. */
    public boolean sentTooMany(RecentSends recent) {
        return recent.count() >= sendLimit;
    }

    /** The latest code went less than the send interval ago. */
    public boolean sentTooSoon(RecentSends recent, Instant now) {
        return recent.last().map(last -> last.plus(sendInterval).isAfter(now)).orElse(false);
    }

    /** The lifetime as the messages say it: whole minutes, rounded up, at least one. */
    public long lifetimeMinutes() {
        return Math.max(1, (lifetime.toSeconds() + 59) / 60);
    }
}
