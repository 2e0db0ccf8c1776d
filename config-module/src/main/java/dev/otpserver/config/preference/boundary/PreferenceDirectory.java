package dev.otpserver.config.preference.boundary;

import dev.otpserver.common.otpnotify.NotifyPreferences;
import dev.otpserver.config.preference.control.PreferenceStore;
import dev.otpserver.config.preference.entity.NotifyPreference;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Other modules' view of the preferences: read in the caller's transaction. */
@Stateless
public class PreferenceDirectory implements NotifyPreferences {

    @Inject
    PreferenceStore store;

    @Override
    public boolean pushesToPartner(String partnerClientId, String customerId) {
        return store.find(partnerClientId, customerId == null ? "" : customerId).orElse(NotifyPreference.OFF)
                == NotifyPreference.ON;
    }
}
