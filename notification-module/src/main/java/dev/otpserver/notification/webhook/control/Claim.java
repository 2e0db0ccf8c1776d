package dev.otpserver.notification.webhook.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One attempt a node took on: which notification, under which claim token, the how-many-th of its schedule,
 * the body to send (opened from its seal), where to (empty when the partner has no notify URL), and when
 * the claim lapses and any node may take the notification again.
 */
public record Claim(
        String notificationId,
        String token,
        String clientId,
        int attemptNo,
        String body,
        Optional<String> notifyUrl,
        Instant leaseEnds) {

    /** Whether an attempt that may take {@code attemptBound} still ends inside the lease, started at {@code now}. */
    public boolean leaseCovers(Instant now, Duration attemptBound) {
        return now.plus(attemptBound).isBefore(leaseEnds);
    }

    @Override
    public String toString() {
        return "Claim[" + notificationId + " #" + attemptNo + " to " + clientId + "]";
    }
}
