package dev.otpserver.auth.challenge.entity;

import dev.otpserver.common.notification.DeliveryChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A code issued to the owner of a wallet token, for one request id of one client. */
@Entity
@Table(name = "auth_challenge")
public class Challenge {

    @Id
    @Column(name = "challenge_id")
    private String challengeId;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    private DeliveryChannel channel;

    @Embedded
    private OneTimeCode code;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Challenge() {
    }

    public Challenge(String challengeId, String clientId, String requestId, String userId, String tokenHash,
                     DeliveryChannel channel, OneTimeCode code, Instant createdAt) {
        this.challengeId = challengeId;
        this.clientId = clientId;
        this.requestId = requestId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.channel = channel;
        this.code = code;
        this.createdAt = createdAt;
    }

    public String challengeId() {
        return challengeId;
    }

    public String userId() {
        return userId;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String clientId() {
        return clientId;
    }

    public String requestId() {
        return requestId;
    }

    public DeliveryChannel channel() {
        return channel;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public OneTimeCode code() {
        return code;
    }
}
