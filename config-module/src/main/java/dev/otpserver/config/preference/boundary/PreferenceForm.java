package dev.otpserver.config.preference.boundary;

/**
 * The body of PUT /admin/clients/{clientId}/otp-notify-preference: ON or OFF, for the partner's own account
 * or, with customerId, for a customer's account it manages.
 */
public record PreferenceForm(String otpApiNotifyPreference, String customerId) {}
