package dev.otpserver.auth.integrator.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A phone number (by keyed hash) that codes were sent to; its row is the lock that orders sends to it, and the
 * checks of its wrong codes (the budget of wrong codes also makes it for a 3DS cardholder's phone).
 */
@Entity
@Table(name = "auth_send_gate")
public class SendGate {

    @Id
    @Column(name = "destination_hash")
    private String destinationHash;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SendGate() {}

    public SendGate(String destinationHash, Instant createdAt) {
        this.destinationHash = destinationHash;
        this.createdAt = createdAt;
    }
}
