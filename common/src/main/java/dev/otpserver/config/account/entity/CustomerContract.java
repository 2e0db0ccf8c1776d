package dev.otpserver.config.account.entity;

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
 * A customer whose account a partner may manage ({@code Connected-CustomerId}). Under OAUTH the partner must
 * also present an access token the customer granted; a SUSPENDED contract needs support to act.
 */
@Entity
@Table(name = "cfg_customer_contract")
@IdClass(CustomerContract.Key.class)
public class CustomerContract {

    /** How the partner proves it may act for the customer. */
    public enum Authorization {
        CONTRACT,
        OAUTH
    }

    /** A suspended contract is kept but answered SYSTEM_ERROR until support lifts it. */
    public enum Status {
        ACTIVE,
        SUSPENDED
    }

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Id
    @Column(name = "customer_id")
    private String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "authorization_type")
    private Authorization authorization;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CustomerContract() {}

    public CustomerContract(String clientId, String customerId, Authorization authorization, Instant createdAt) {
        this.clientId = clientId;
        this.customerId = customerId;
        this.authorization = authorization;
        this.status = Status.ACTIVE;
        this.createdAt = createdAt;
    }

    public String clientId() {
        return clientId;
    }

    public String customerId() {
        return customerId;
    }

    public Authorization authorization() {
        return authorization;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void status(Status newStatus) {
        this.status = newStatus;
    }

    /** Composite key (client, customer). */
    public record Key(String clientId, String customerId) implements Serializable {}
}
