package dev.otpserver.config.client.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One RSA public key of a client, chosen by the {@code keyVersion} of the Signature header. */
@Entity
@Table(name = "cfg_client_key")
@IdClass(PartnerClientKey.Key.class)
public class PartnerClientKey {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Id
    @Column(name = "key_version")
    private int keyVersion;

    /** X.509 SubjectPublicKeyInfo in PEM. */
    @Column(name = "public_key")
    private String publicKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private KeyStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PartnerClientKey() {}

    public PartnerClientKey(String clientId, int keyVersion, String publicKey, KeyStatus status, Instant createdAt) {
        this.clientId = clientId;
        this.keyVersion = keyVersion;
        this.publicKey = publicKey;
        this.status = status;
        this.createdAt = createdAt;
    }

    public int keyVersion() {
        return keyVersion;
    }

    public String publicKey() {
        return publicKey;
    }

    public KeyStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void revoke() {
        status = KeyStatus.REVOKED;
    }

    /** Composite key (client, version). */
    public record Key(String clientId, int keyVersion) implements Serializable {}
}
