package dev.otpserver.notification.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to deliver a notification: outcome ACKED, REFUSED or RETRY, with the HTTP status if any came. */
@Entity
@Table(name = "ntf_webhook_attempt")
public class NotificationAttempt {

    @Id
    @Column(name = "attempt_id")
    private String attemptId;

    @Column(name = "notification_id")
    private String notificationId;

    @Column(name = "attempt_no")
    private int attemptNo;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "detail")
    private String detail;

    @Column(name = "latency_ms")
    private long latencyMs;

    protected NotificationAttempt() {}

    public NotificationAttempt(
            String attemptId,
            String notificationId,
            int attemptNo,
            Instant attemptedAt,
            Integer httpStatus,
            String outcome,
            String detail,
            long latencyMs) {
        this.attemptId = attemptId;
        this.notificationId = notificationId;
        this.attemptNo = attemptNo;
        this.attemptedAt = attemptedAt;
        this.httpStatus = httpStatus;
        this.outcome = outcome;
        this.detail = detail;
        this.latencyMs = latencyMs;
    }

    public int attemptNo() {
        return attemptNo;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public long latencyMs() {
        return latencyMs;
    }
}
