package dev.otpserver.auth.user.entity;

import dev.otpserver.common.secret.KeyedHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A wallet access token ({@code userIdentityValue} of type WALLET_TOKEN), bound to one user and one client.
 * Only its keyed hash is stored: the token itself is shown once, when it is issued.
 */
@Entity
@Table(name = "auth_wallet_token")
public class WalletToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    /** The version of the pepper the hash was made with. */
    @Column(name = "pepper_version")
    private int pepperVersion;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected WalletToken() {}

    public WalletToken(KeyedHash tokenHash, String userId, String clientId, Instant expiresAt, Instant createdAt) {
        this.tokenHash = tokenHash.hex();
        this.pepperVersion = tokenHash.pepperVersion();
        this.userId = userId;
        this.clientId = clientId;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    /** Usable by {@code clientId} at {@code now}: issued to it, not expired, not revoked. */
    public boolean validFor(String callerClientId, Instant now) {
        return clientId.equals(callerClientId) && revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String userId() {
        return userId;
    }

    public String clientId() {
        return clientId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
