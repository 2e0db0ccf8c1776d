package dev.otpserver.config.otpnotify.control;

import java.util.Optional;

/**
 * One attempt a node took on: which notification, under which claim token, the how-many-th of its schedule,
 * the body to send (opened from its seal) and where to (empty when the partner has no notify URL).
 */
public record Claim(String notificationId, String token, String clientId, int attemptNo, String body,
                    Optional<String> notifyUrl) {

    @Override
    public String toString() {
        return "Claim[" + notificationId + " #" + attemptNo + " to " + clientId + "]";
    }
}
