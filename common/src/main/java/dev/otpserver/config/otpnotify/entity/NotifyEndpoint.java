package dev.otpserver.config.otpnotify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a partner receives 3DS OTP notifications. */
@Entity
@Table(name = "cfg_notify_endpoint")
public class NotifyEndpoint {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Column(name = "notify_url")
    private String notifyUrl;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NotifyEndpoint() {}

    public NotifyEndpoint(String clientId, String notifyUrl, Instant updatedAt) {
        this.clientId = clientId;
        this.notifyUrl = notifyUrl;
        this.updatedAt = updatedAt;
    }

    public void change(String newUrl, Instant now) {
        notifyUrl = newUrl;
        updatedAt = now;
    }

    public String clientId() {
        return clientId;
    }

    public String notifyUrl() {
        return notifyUrl;
    }
}
