package dev.otpserver.auth.integrator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A caller's association of an end user's account, by the associationId that the caller sends. */
@Entity
@Table(name = "auth_gsp_association")
@IdClass(Association.Key.class)
public class Association {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Id
    @Column(name = "association_id")
    private String associationId;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Association() {}

    public Association(String clientId, String associationId, String userId, Instant createdAt) {
        this.clientId = clientId;
        this.associationId = associationId;
        this.userId = userId;
        this.createdAt = createdAt;
    }

    public String clientId() {
        return clientId;
    }

    public String associationId() {
        return associationId;
    }

    public String userId() {
        return userId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Composite key (caller, associationId). */
    public record Key(String clientId, String associationId) implements Serializable {}
}
