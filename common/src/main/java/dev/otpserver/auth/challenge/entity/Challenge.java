package dev.otpserver.auth.challenge.entity;

import dev.otpserver.common.notification.DeliveryChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One issued code, known only by its keyed hash, with its lifetime and the attempts made on it. */
@Entity
@Table(name = "auth_challenge")
public class Challenge {

    @Id
    @Column(name = "challenge_id")
    private String challengeId;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    private DeliveryChannel channel;

    @Column(name = "code_hash")
    private String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ChallengeStatus status;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "max_attempts")
    private int maxAttempts;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected Challenge() {
    }

    public Challenge(String challengeId, String clientId, String requestId, String userId, String tokenHash,
                     DeliveryChannel channel, String codeHash, int maxAttempts, Instant expiresAt, Instant createdAt) {
        this.challengeId = challengeId;
        this.clientId = clientId;
        this.requestId = requestId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.channel = channel;
        this.codeHash = codeHash;
        this.status = ChallengeStatus.PENDING;
        this.maxAttempts = maxAttempts;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void verified(Instant now) {
        status = ChallengeStatus.VERIFIED;
        verifiedAt = now;
    }

    /** Counts a wrong code; the last allowed one locks the challenge for good. */
    public void failedAttempt() {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            status = ChallengeStatus.LOCKED;
        }
    }

    public String challengeId() {
        return challengeId;
    }

    public String userId() {
        return userId;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String codeHash() {
        return codeHash;
    }

    public ChallengeStatus status() {
        return status;
    }

    public int failedAttempts() {
        return failedAttempts;
    }
}
