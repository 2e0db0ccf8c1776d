package dev.otpserver.auth.wallet.entity;

import dev.otpserver.auth.otp.entity.KeptAnswer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The final answer (S or F) given to an initAuthentication request id, and a fingerprint of the body it
 * answered: the same body again gets the same answer, another body under the same id is refused.
 */
@Entity
@Table(name = "auth_init_request")
@IdClass(InitRequest.Key.class)
public class InitRequest implements KeptAnswer {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Id
    @Column(name = "request_id")
    private String requestId;

    @Column(name = "fingerprint")
    private String fingerprint;

    @Column(name = "result_code")
    private String resultCode;

    @Column(name = "result_message")
    private String resultMessage;

    @Column(name = "created_at")
    private Instant createdAt;

    protected InitRequest() {}

    public InitRequest(
            String clientId,
            String requestId,
            String fingerprint,
            String resultCode,
            String resultMessage,
            Instant createdAt) {
        this.clientId = clientId;
        this.requestId = requestId;
        this.fingerprint = fingerprint;
        this.resultCode = resultCode;
        this.resultMessage = resultMessage;
        this.createdAt = createdAt;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    public String resultCode() {
        return resultCode;
    }

    public String resultMessage() {
        return resultMessage;
    }

    /** Composite key (client, request id). */
    public record Key(String clientId, String requestId) implements Serializable {}
}
