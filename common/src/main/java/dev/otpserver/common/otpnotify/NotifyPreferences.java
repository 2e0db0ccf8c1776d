package dev.otpserver.common.otpnotify;

/** The otpApiNotifyPreference of an account, as another module needs it. */
public interface NotifyPreferences {

    /**
     * True when the account (the partner itself for an empty {@code customerId}, or a customer it manages)
     * set its preference ON; false for OFF, the default, and for accounts nobody knows.
     */
    boolean pushesToPartner(String partnerClientId, String customerId);
}
