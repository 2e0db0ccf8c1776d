package dev.otpserver.notification.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A 3DS OTP notification to a partner and its retry state, the only state there is: a node claims it for
 * one attempt (claim token, lease in {@code nextAttemptAt}), and the outcome of that attempt settles it.
 */
@Entity
@Table(name = "ntf_webhook")
public class PartnerNotification {

    @Id
    @Column(name = "notification_id")
    private String notificationId;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "customer_id")
    private String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private NotificationStatus status;

    @Column(name = "sealed_body")
    private String sealedBody;

    @Column(name = "challenge_expires_at")
    private Instant challengeExpiresAt;

    @Column(name = "round_attempts")
    private int roundAttempts;

    @Column(name = "schedule_start")
    private Instant scheduleStart;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claim_token")
    private String claimToken;

    @Column(name = "last_outcome")
    private String lastOutcome;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PartnerNotification() {}

    public PartnerNotification(
            String notificationId,
            String clientId,
            String customerId,
            String sealedBody,
            Instant challengeExpiresAt,
            Instant now) {
        this.notificationId = notificationId;
        this.clientId = clientId;
        this.customerId = customerId;
        this.status = NotificationStatus.PENDING;
        this.sealedBody = sealedBody;
        this.challengeExpiresAt = challengeExpiresAt;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the notification for one attempt until {@code leaseEnd}; the first attempt starts the schedule. */
    public void claim(String token, Instant now, Instant leaseEnd) {
        claimToken = token;
        if (scheduleStart == null) {
            scheduleStart = now;
        }
        nextAttemptAt = leaseEnd;
        updatedAt = now;
    }

    public boolean claimedBy(String token) {
        return token.equals(claimToken);
    }

    /** Settles the attempt just made: another one at {@code next}, or none (a final status). */
    public void attempted(String outcome, Instant now, Optional<Instant> next, NotificationStatus finalStatus) {
        roundAttempts++;
        lastOutcome = outcome;
        claimToken = null;
        updatedAt = now;
        next.ifPresentOrElse(at -> nextAttemptAt = at, () -> status = finalStatus);
    }

    /** Forgets the passcode: nothing will be sent again. */
    public void scrub() {
        sealedBody = null;
    }

    /** A new schedule from now, for a dead letter an admin replays. */
    public void replay(Instant now) {
        status = NotificationStatus.PENDING;
        roundAttempts = 0;
        scheduleStart = null;
        nextAttemptAt = now;
        updatedAt = now;
    }

    public String notificationId() {
        return notificationId;
    }

    public String clientId() {
        return clientId;
    }

    public String customerId() {
        return customerId;
    }

    public NotificationStatus status() {
        return status;
    }

    public Optional<String> sealedBody() {
        return Optional.ofNullable(sealedBody);
    }

    public Instant challengeExpiresAt() {
        return challengeExpiresAt;
    }

    public int roundAttempts() {
        return roundAttempts;
    }

    public Instant scheduleStart() {
        return scheduleStart;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastOutcome() {
        return lastOutcome;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
