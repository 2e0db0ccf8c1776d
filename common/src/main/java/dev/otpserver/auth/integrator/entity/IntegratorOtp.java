package dev.otpserver.auth.integrator.entity;

import dev.otpserver.auth.otp.entity.IssuedCode;
import dev.otpserver.auth.otp.entity.OneTimeCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The code one sendOtp sent, known only by its keyed hash, with its lifetime and attempts. */
@Entity
@Table(name = "auth_gsp_otp")
public class IntegratorOtp extends IssuedCode {

    /** Also the paymentIntegratorSendOtpId. */
    @Id
    @Column(name = "otp_id")
    private String otpId;

    @Column(name = "destination_hash")
    private String destinationHash;

    /** The associated user, when the code went by associationId. */
    @Column(name = "user_id")
    private String userId;

    protected IntegratorOtp() {}

    public IntegratorOtp(
            String otpId,
            Exchange.Key request,
            String destinationHash,
            String userId,
            OneTimeCode code,
            Instant createdAt) {
        super(request.clientId(), request.requestId(), code, createdAt);
        this.otpId = otpId;
        this.destinationHash = destinationHash;
        this.userId = userId;
    }

    @Override
    public String codeId() {
        return otpId;
    }

    public String otpId() {
        return otpId;
    }

    /** The keyed hash of the phone number the code went to. */
    public String destinationHash() {
        return destinationHash;
    }

    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }
}
