package dev.otpserver.config.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An OAuth access token a customer (or the partner itself, customer id empty) granted to a partner, known
 * only by its SHA-256: the token has 256 random bits, so an unkeyed hash is enough to keep it unreadable.
 */
@Entity
@Table(name = "cfg_access_token")
public class AccessToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AccessToken() {}

    public AccessToken(String tokenHash, String clientId, String customerId, Instant expiresAt, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.clientId = clientId;
        this.customerId = customerId;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    /** Granted to this partner for this account and not revoked. */
    public boolean grants(String partnerClientId, String accountCustomerId) {
        return clientId.equals(partnerClientId) && customerId.equals(accountCustomerId) && revokedAt == null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String clientId() {
        return clientId;
    }

    public String customerId() {
        return customerId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
