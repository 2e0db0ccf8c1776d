package dev.otpserver.auth.wallet.entity;

import dev.otpserver.auth.otp.entity.IssuedCode;
import dev.otpserver.auth.otp.entity.OneTimeCode;
import dev.otpserver.common.notification.DeliveryChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A code issued to the owner of a wallet token, for one request id of one client. */
@Entity
@Table(name = "auth_challenge")
public class Challenge extends IssuedCode {

    @Id
    @Column(name = "challenge_id")
    private String challengeId;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    private DeliveryChannel channel;

    protected Challenge() {}

    public Challenge(
            String challengeId,
            String clientId,
            String requestId,
            String userId,
            String tokenHash,
            DeliveryChannel channel,
            OneTimeCode code,
            Instant createdAt) {
        super(clientId, requestId, code, createdAt);
        this.challengeId = challengeId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.channel = channel;
    }

    @Override
    public String codeId() {
        return challengeId;
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

    public DeliveryChannel channel() {
        return channel;
    }
}
