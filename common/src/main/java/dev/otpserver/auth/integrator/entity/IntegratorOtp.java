package dev.otpserver.auth.integrator.entity;

import dev.otpserver.auth.challenge.entity.OneTimeCode;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The code one sendOtp sent, known only by its keyed hash, with its lifetime and attempts. */
@Entity
@Table(name = "auth_gsp_otp")
public class IntegratorOtp {

    /** Also the paymentIntegratorSendOtpId. */
    @Id
    @Column(name = "otp_id")
    private String otpId;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "destination_hash")
    private String destinationHash;

    /** The associated user, when the code went by associationId. */
    @Column(name = "user_id")
    private String userId;

    @Embedded
    private OneTimeCode code;

    @Column(name = "created_at")
    private Instant createdAt;

    protected IntegratorOtp() {
    }

    public IntegratorOtp(String otpId, Exchange.Key request, String destinationHash, String userId, OneTimeCode code,
                         Instant createdAt) {
        this.otpId = otpId;
        this.clientId = request.clientId();
        this.requestId = request.requestId();
        this.destinationHash = destinationHash;
        this.userId = userId;
        this.code = code;
        this.createdAt = createdAt;
    }

    public String otpId() {
        return otpId;
    }

    public String clientId() {
        return clientId;
    }

    public String requestId() {
        return requestId;
    }

    /** The keyed hash of the phone number the code went to. */
    public String destinationHash() {
        return destinationHash;
    }

    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public OneTimeCode code() {
        return code;
    }
}
