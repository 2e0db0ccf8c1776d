package dev.otpserver.notification.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try of one gateway to deliver one message. */
@Entity
@Table(name = "ntf_attempt")
public class DeliveryAttempt {

    @Id
    @Column(name = "attempt_id")
    private String attemptId;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "gateway")
    private String gateway;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "provider_message_id")
    private String providerMessageId;

    @Column(name = "latency_ms")
    private long latencyMs;

    @Column(name = "detail")
    private String detail;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    /** GSM7 or UCS2 for an SMS, as the text needed; null for email. */
    @Column(name = "encoding")
    private String encoding;

    /** SMS segments the text takes (each billed as one SMS); null for email. */
    @Column(name = "segments")
    private Integer segments;

    protected DeliveryAttempt() {}

    public String gateway() {
        return gateway;
    }

    public String outcome() {
        return outcome;
    }

    public String providerMessageId() {
        return providerMessageId;
    }

    public long latencyMs() {
        return latencyMs;
    }

    public String detail() {
        return detail;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public DeliveryAttempt(
            String attemptId,
            String messageId,
            String gateway,
            String outcome,
            String providerMessageId,
            long latencyMs,
            String detail,
            Instant attemptedAt) {
        this.attemptId = attemptId;
        this.messageId = messageId;
        this.gateway = gateway;
        this.outcome = outcome;
        this.providerMessageId = providerMessageId;
        this.latencyMs = latencyMs;
        this.detail = detail;
        this.attemptedAt = attemptedAt;
    }

    /** An SMS attempt, with the encoding and segment count of its text. */
    public DeliveryAttempt(
            String attemptId,
            String messageId,
            String gateway,
            String outcome,
            String providerMessageId,
            long latencyMs,
            String detail,
            Instant attemptedAt,
            String encoding,
            Integer segments) {
        this(attemptId, messageId, gateway, outcome, providerMessageId, latencyMs, detail, attemptedAt);
        this.encoding = encoding;
        this.segments = segments;
    }

    public String encoding() {
        return encoding;
    }

    public Integer segments() {
        return segments;
    }
}
