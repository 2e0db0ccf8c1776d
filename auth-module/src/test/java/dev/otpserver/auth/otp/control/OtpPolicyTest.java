package dev.otpserver.auth.otp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.auth.otp.control.OtpPolicy.RecentSends;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OtpPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final OtpPolicy policy =
            new OtpPolicy(6, Duration.ofSeconds(301), 5, 3, Duration.ofMinutes(15), Duration.ofSeconds(30), 6000);

    @Test
    void theSendLimitIsReachedWithTheLimitsCount() {
        assertFalse(policy.sentTooMany(new RecentSends(2, Optional.of(NOW.minusSeconds(60)))));
        assertTrue(policy.sentTooMany(new RecentSends(3, Optional.of(NOW.minusSeconds(60)))));
    }

    @Test
    void aCodeWithinTheIntervalIsTooSoonAndOneExactlyAtItsEndIsNot() {
        assertTrue(policy.sentTooSoon(new RecentSends(1, Optional.of(NOW.minusSeconds(29))), NOW));
        assertFalse(policy.sentTooSoon(new RecentSends(1, Optional.of(NOW.minusSeconds(30))), NOW));
        assertFalse(policy.sentTooSoon(new RecentSends(0, Optional.empty()), NOW));
    }

    @Test
    void theLifetimeIsSaidInWholeMinutesRoundedUpAndAtLeastOne() {
        assertEquals(6, policy.lifetimeMinutes());
        assertEquals(
                1,
                new OtpPolicy(6, Duration.ofSeconds(2), 5, 3, Duration.ofMinutes(15), Duration.ZERO, 1)
                        .lifetimeMinutes());
    }
}
