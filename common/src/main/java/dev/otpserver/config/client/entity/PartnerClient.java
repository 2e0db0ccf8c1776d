package dev.otpserver.config.client.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner or internal system that calls the gateway under its {@code Client-Id}. */
@Entity
@Table(name = "cfg_client")
public class PartnerClient {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Column(name = "name")
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ClientStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PartnerClient() {}

    public PartnerClient(String clientId, String name, ClientStatus status, Instant createdAt) {
        this.clientId = clientId;
        this.name = name;
        this.status = status;
        this.createdAt = createdAt;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public ClientStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** A new name for people, and whether the client may call. */
    public void change(String newName, ClientStatus newStatus) {
        this.name = newName;
        this.status = newStatus;
    }
}
