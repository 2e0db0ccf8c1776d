package dev.otpserver.auth.otp.entity;

import dev.otpserver.common.secret.KeyedHash;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/**
 * The life of one code, whatever issued it (a wallet challenge, a 3DS passcode): its keyed hash, when it
 * expires, the wrong attempts made on it, and whether it was used. Embedded in each kind of challenge.
 */
@Embeddable
public class OneTimeCode {

    /** What one attempt on a pending code came to. */
    public enum Attempt {
        PASSED,
        WRONG,
        EXPIRED
    }

    @Column(name = "code_hash")
    private String codeHash;

    /** The version of the pepper the hash was made with. */
    @Column(name = "pepper_version")
    private int pepperVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ChallengeStatus status;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "max_attempts")
    private int maxAttempts;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected OneTimeCode() {}

    public OneTimeCode(KeyedHash codeHash, int maxAttempts, Instant expiresAt) {
        this.codeHash = codeHash.hex();
        this.pepperVersion = codeHash.pepperVersion();
        this.status = ChallengeStatus.PENDING;
        this.maxAttempts = maxAttempts;
        this.expiresAt = expiresAt;
    }

    /**
     * One attempt on a PENDING code: an expired code neither passes nor counts; the right one is used up; a
     * wrong one is counted, and the last allowed one locks the code for good.
     */
    public Attempt attempt(boolean matches, Instant now) {
        if (!now.isBefore(expiresAt)) {
            return Attempt.EXPIRED;
        }
        if (matches) {
            status = ChallengeStatus.VERIFIED;
            verifiedAt = now;
            return Attempt.PASSED;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            status = ChallengeStatus.LOCKED;
        }
        return Attempt.WRONG;
    }

    /**
     * A further value for a VERIFIED code: the same value passes again while the code lives, so that a client's
     * retry gets its stored success; any other value ends the code's life at once, so that a used code answers
     * at most one guess, and an expired one none.
     */
    public Attempt repeat(boolean matches, Instant now) {
        if (!now.isBefore(expiresAt)) {
            return Attempt.EXPIRED;
        }
        if (matches) {
            return Attempt.PASSED;
        }
        expiresAt = now;
        return Attempt.WRONG;
    }

    public String codeHash() {
        return codeHash;
    }

    public KeyedHash keyedHash() {
        return new KeyedHash(pepperVersion, codeHash);
    }

    public ChallengeStatus status() {
        return status;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(verifiedAt);
    }
}
