package dev.otpserver.auth.threeds.entity;

import dev.otpserver.auth.otp.entity.IssuedCode;
import dev.otpserver.auth.otp.entity.KeptAnswer;
import dev.otpserver.auth.otp.entity.OneTimeCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One 3DS passcode of a card transaction, known only by its keyed hash, with its lifetime and attempts. */
@Entity
@Table(name = "auth_threeds_challenge")
public class ThreeDsChallenge extends IssuedCode implements KeptAnswer {

    @Id
    @Column(name = "challenge_id")
    private String challengeId;

    @Column(name = "fingerprint")
    private String fingerprint;

    @Column(name = "partner_client_id")
    private String partnerClientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery")
    private PasscodeDelivery delivery;

    /** The keyed hash of the cardholder's phone, when the request named one. */
    @Column(name = "phone_hash")
    private String phoneHash;

    protected ThreeDsChallenge() {}

    /**
     * A new PENDING challenge; {@code request} names the caller's client, its request id and the body's fingerprint,
     * {@code phoneHash} the cardholder's phone by its keyed hash, if known.
     */
    public ThreeDsChallenge(
            String challengeId,
            Request request,
            String partnerClientId,
            PasscodeDelivery delivery,
            Optional<String> phoneHash,
            OneTimeCode code,
            Instant createdAt) {
        super(request.clientId(), request.requestId(), code, createdAt);
        this.challengeId = challengeId;
        this.fingerprint = request.fingerprint();
        this.partnerClientId = partnerClientId;
        this.delivery = delivery;
        this.phoneHash = phoneHash.orElse(null);
    }

    /** Who asked, under which idempotency key, with which body. */
    public record Request(String clientId, String requestId, String fingerprint) {}

    @Override
    public String codeId() {
        return challengeId;
    }

    public String challengeId() {
        return challengeId;
    }

    public String partnerClientId() {
        return partnerClientId;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    public Optional<String> phoneHash() {
        return Optional.ofNullable(phoneHash);
    }

    public PasscodeDelivery delivery() {
        return delivery;
    }
}
