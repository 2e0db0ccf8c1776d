package dev.otpserver.auth.otp.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every dialect's row for an issued code holds: the caller's client and request id it answers, the code
 * itself and when it was made. Each dialect's entity adds its own id and what only it knows.
 */
@MappedSuperclass
public abstract class IssuedCode {

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "request_id")
    private String requestId;

    @Embedded
    private OneTimeCode code;

    @Column(name = "created_at")
    private Instant createdAt;

    protected IssuedCode() {}

    protected IssuedCode(String clientId, String requestId, OneTimeCode code, Instant createdAt) {
        this.clientId = clientId;
        this.requestId = requestId;
        this.code = code;
        this.createdAt = createdAt;
    }

    /** The id the code's hash is keyed with. */
    public abstract String codeId();

    public String clientId() {
        return clientId;
    }

    public String requestId() {
        return requestId;
    }

    public OneTimeCode code() {
        return code;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
