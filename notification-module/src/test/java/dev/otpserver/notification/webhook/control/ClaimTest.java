package dev.otpserver.notification.webhook.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final Instant CLAIMED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration ATTEMPT_BOUND = Duration.ofSeconds(15);
    private final Claim claim = new Claim(
            "n-1", "token", "PARTNER", 1, "{}", Optional.of("http://127.0.0.1/notify"), CLAIMED.plusSeconds(60));

    @Test
    void attemptStartedSoonAfterTheClaimEndsInsideTheLease() {
        assertTrue(claim.leaseCovers(CLAIMED.plusSeconds(1), ATTEMPT_BOUND));
    }

    @Test
    void attemptThatCouldOutlastTheLeaseIsNotStarted() {
        assertFalse(claim.leaseCovers(CLAIMED.plusSeconds(46), ATTEMPT_BOUND));
    }
}
