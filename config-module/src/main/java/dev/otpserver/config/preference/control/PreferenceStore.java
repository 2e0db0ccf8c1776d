package dev.otpserver.config.preference.control;

import dev.otpserver.config.preference.entity.NotifyPreference;
import dev.otpserver.config.preference.entity.OtpNotifyPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Reads and writes the notification preference of each account. */
@ApplicationScoped
public class PreferenceStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public Optional<NotifyPreference> find(String clientId, String customerId) {
        return Optional.ofNullable(entityManager.find(
                        OtpNotifyPreference.class, new OtpNotifyPreference.Key(clientId, customerId)))
                .map(OtpNotifyPreference::preference);
    }

    /** Overwrites the account's preference (the API is naturally idempotent). */
    public void set(String clientId, String customerId, NotifyPreference preference, Instant now) {
        OtpNotifyPreference stored =
                entityManager.find(OtpNotifyPreference.class, new OtpNotifyPreference.Key(clientId, customerId));
        if (stored == null) {
            entityManager.persist(new OtpNotifyPreference(clientId, customerId, preference, now));
        } else {
            stored.change(preference, now);
        }
    }
}
