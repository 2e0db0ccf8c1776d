/**
 * 3DS OTP notifications pushed to partners (seed 003), the outbox's webhook channel: queued in the caller's
 * transaction, sent by a pulse on every node with the published retry schedule, acknowledged only by a signed
 * S. Owns the tables {@code ntf_webhook} and {@code ntf_webhook_attempt} and the settings
 * {@code otp.notification.webhook.*}. It does not decide whether to push (config-module's preference component does),
 * nor keep the notify URLs (config-module, read through {@code NotifyEndpoints}), nor issue passcodes.
 */
package dev.otpserver.notification.webhook;
