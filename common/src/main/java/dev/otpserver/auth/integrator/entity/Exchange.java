package dev.otpserver.auth.integrator.entity;

import dev.otpserver.auth.otp.entity.KeptAnswer;
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
 * The answer (HTTP 200, without its responseHeader) given to one requestId of one caller and method, and a
 * fingerprint of the content it answered: the same content again gets the same answer.
 */
@Entity
@Table(name = "auth_gsp_exchange")
@IdClass(Exchange.Key.class)
public class Exchange implements KeptAnswer {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "method")
    private IntegratorMethod method;

    @Id
    @Column(name = "request_id")
    private String requestId;

    @Column(name = "fingerprint")
    private String fingerprint;

    @Column(name = "answer")
    private String answer;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Exchange() {}

    public Exchange(Key key, String fingerprint, String answer, Instant createdAt) {
        this.clientId = key.clientId();
        this.method = key.method();
        this.requestId = key.requestId();
        this.fingerprint = fingerprint;
        this.answer = answer;
        this.createdAt = createdAt;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    /** The JSON object answered, without responseHeader. */
    public String answer() {
        return answer;
    }

    /** Composite key (caller, method, requestId). */
    public record Key(String clientId, IntegratorMethod method, String requestId) implements Serializable {}
}
