package dev.otpserver.config.preference.entity;

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
 * The preference of one account: the client itself ({@code customerId} empty) or a customer it manages
 * ({@code Connected-CustomerId}). No row means the default, OFF.
 */
@Entity
@Table(name = "cfg_otp_preference")
@IdClass(OtpNotifyPreference.Key.class)
public class OtpNotifyPreference {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Id
    @Column(name = "customer_id")
    private String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "preference")
    private NotifyPreference preference;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected OtpNotifyPreference() {}

    public OtpNotifyPreference(String clientId, String customerId, NotifyPreference preference, Instant updatedAt) {
        this.clientId = clientId;
        this.customerId = customerId;
        this.preference = preference;
        this.updatedAt = updatedAt;
    }

    public void change(NotifyPreference newPreference, Instant now) {
        this.preference = newPreference;
        this.updatedAt = now;
    }

    public NotifyPreference preference() {
        return preference;
    }

    /** Composite key (client, customer). */
    public record Key(String clientId, String customerId) implements Serializable {}
}
