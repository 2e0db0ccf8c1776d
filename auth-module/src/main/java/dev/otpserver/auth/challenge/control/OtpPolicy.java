package dev.otpserver.auth.challenge.control;

import java.time.Duration;

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
public record OtpPolicy(int codeLength, Duration lifetime, int maxWrongAttempts, int sendLimit, Duration sendWindow,
                        Duration sendInterval, int requestsPerMinute) {

    public OtpPolicy {
        if (codeLength < 4 || codeLength > 10) {
            throw new IllegalArgumentException("otp.auth code-length must be between 4 and 10, not " + codeLength);
        }
    }
}
