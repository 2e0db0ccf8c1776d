package dev.otpserver.config.preference.control;

import dev.otpserver.config.preference.entity.NotifyPreference;
import dev.otpserver.config.preference.entity.OtpNotifyPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads the stored notification preference of an account. */
@ApplicationScoped
public class PreferenceStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public Optional<NotifyPreference> find(String clientId, String customerId) {
        return Optional.ofNullable(entityManager.find(OtpNotifyPreference.class,
                        new OtpNotifyPreference.Key(clientId, customerId)))
                .map(OtpNotifyPreference::preference);
    }
}
