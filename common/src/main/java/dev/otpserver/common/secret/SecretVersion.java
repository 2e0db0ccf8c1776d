package dev.otpserver.common.secret;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * One rotated version of a server secret, as every node reads it: the secret sealed under the key-wrapping key
 * ({@link SealingKey#keyWrapping()}), never in the clear; for the signing key also its public half.
 */
@Entity
@Table(name = "srv_secret_version")
@IdClass(SecretVersion.Key.class)
public class SecretVersion {

    /** The primary key: a secret's name and a version number. */
    public record Key(String secretName, int version) implements Serializable {}

    @Id
    @Column(name = "secret_name")
    private String secretName;

    @Id
    @Column(name = "version")
    private int version;

    @Column(name = "sealed_value")
    private String sealedValue;

    @Column(name = "public_key")
    private String publicKey;

    @Column(name = "fingerprint")
    private String fingerprint;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "active_from")
    private Instant activeFrom;

    protected SecretVersion() {}

    public SecretVersion(
            String secretName,
            int version,
            String sealedValue,
            String publicKey,
            String fingerprint,
            Instant createdAt,
            String createdBy,
            Instant activeFrom) {
        this.secretName = secretName;
        this.version = version;
        this.sealedValue = sealedValue;
        this.publicKey = publicKey;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.activeFrom = activeFrom;
    }

    public void activate(Instant now) {
        activeFrom = now;
    }

    public String secretName() {
        return secretName;
    }

    public int version() {
        return version;
    }

    public String sealedValue() {
        return sealedValue;
    }

    public Optional<String> publicKey() {
        return Optional.ofNullable(publicKey);
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> activeFrom() {
        return Optional.ofNullable(activeFrom);
    }
}
