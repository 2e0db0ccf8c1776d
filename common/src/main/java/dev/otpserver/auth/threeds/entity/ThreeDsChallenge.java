package dev.otpserver.auth.threeds.entity;

import dev.otpserver.auth.challenge.entity.ChallengeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One 3DS passcode of a card transaction, known only by its keyed hash, with its lifetime and attempts. */
@Entity
@Table(name = "auth_threeds_challenge")
public class ThreeDsChallenge {

    @Id
    @Column(name = "challenge_id")
    private String challengeId;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "fingerprint")
    private String fingerprint;

    @Column(name = "partner_client_id")
    private String partnerClientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery")
    private PasscodeDelivery delivery;

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

    protected ThreeDsChallenge() {
    }

    /** A new PENDING challenge; {@code request} names the caller's client, its request id and the body's fingerprint. */
    public ThreeDsChallenge(String challengeId, Request request, String partnerClientId, PasscodeDelivery delivery,
                            String codeHash, int maxAttempts, Instant expiresAt, Instant createdAt) {
        this.challengeId = challengeId;
        this.clientId = request.clientId();
        this.requestId = request.requestId();
        this.fingerprint = request.fingerprint();
        this.partnerClientId = partnerClientId;
        this.delivery = delivery;
        this.codeHash = codeHash;
        this.status = ChallengeStatus.PENDING;
        this.maxAttempts = maxAttempts;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    /** Who asked, under which idempotency key, with which body. */
    public record Request(String clientId, String requestId, String fingerprint) {
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void verified(Instant now) {
        status = ChallengeStatus.VERIFIED;
        verifiedAt = now;
    }

    /** Counts a wrong passcode; the last allowed one locks the challenge for good. */
    public void failedAttempt() {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            status = ChallengeStatus.LOCKED;
        }
    }

    public String challengeId() {
        return challengeId;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String codeHash() {
        return codeHash;
    }

    public ChallengeStatus status() {
        return status;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public PasscodeDelivery delivery() {
        return delivery;
    }
}
