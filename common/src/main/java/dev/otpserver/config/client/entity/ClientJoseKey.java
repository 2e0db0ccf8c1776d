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

/**
 * One public JWK of a payment-integrator caller, by its {@code kid}: {@code sig} keys verify the caller's
 * requests, the newest active {@code enc} key encrypts the answers. Several may be active during a rotation.
 */
@Entity
@Table(name = "cfg_client_jose_key")
@IdClass(ClientJoseKey.Key.class)
public class ClientJoseKey {

    /** What the key is for, as JWK's {@code use} spells it. */
    public enum Use {
        sig,
        enc
    }

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Id
    @Column(name = "key_id")
    private String keyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_use")
    private Use use;

    /** The public JWK as JSON. */
    @Column(name = "jwk")
    private String jwk;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private KeyStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ClientJoseKey() {}

    public ClientJoseKey(Key key, Use use, String jwk, Instant createdAt) {
        this.clientId = key.clientId();
        this.keyId = key.keyId();
        this.use = use;
        this.jwk = jwk;
        this.status = KeyStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    public String clientId() {
        return clientId;
    }

    public String keyId() {
        return keyId;
    }

    public Use use() {
        return use;
    }

    public String jwk() {
        return jwk;
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

    /** Composite key (client, kid). */
    public record Key(String clientId, String keyId) implements Serializable {}
}
