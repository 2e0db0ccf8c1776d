package dev.otpserver.auth.user.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A person who receives codes: where to (email, E.164 phone) and in which language. */
@Entity
@Table(name = "auth_user")
public class EndUser {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private UserStatus status;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "locale")
    private String locale;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Written only by the budget of wrong codes, in SQL of its own with the row locked: never by an update of the user. */
    @Column(name = "wrong_codes", insertable = false, updatable = false)
    private int wrongCodes;

    protected EndUser() {}

    public EndUser(String userId, UserStatus status, String email, String phone, String locale, Instant createdAt) {
        this.userId = userId;
        this.status = status;
        this.email = email;
        this.phone = phone;
        this.locale = locale;
        this.createdAt = createdAt;
    }

    public String userId() {
        return userId;
    }

    public UserStatus status() {
        return status;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public String locale() {
        return locale;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The wrong codes on record for the user when the row was read: never fewer than those within any window. */
    public int wrongCodesOnRecord() {
        return wrongCodes;
    }

    /** Erases what identifies the person; the row stays so that old challenges and tokens still resolve. */
    public void erase() {
        this.status = UserStatus.DELETED;
        this.email = null;
        this.phone = null;
    }

    public boolean exists() {
        return status != UserStatus.DELETED;
    }

    public void update(UserStatus newStatus, String newEmail, String newPhone, String newLocale) {
        this.status = newStatus;
        this.email = newEmail;
        this.phone = newPhone;
        this.locale = newLocale;
    }
}
