/**
 * Contracts of the 3DS OTP notification: whether a card partner's account wants its passcodes pushed by
 * API ({@link dev.otpserver.common.otpnotify.NotifyPreferences}) and where the partner takes them
 * ({@link dev.otpserver.common.otpnotify.NotifyEndpoints}), both partner configuration implemented by
 * config-module; and the queue of those pushes ({@link dev.otpserver.common.otpnotify.PartnerNotifications}),
 * the webhook channel of notification-module's outbox. Called by auth-module's 3DS challenges inside their own
 * transaction.
 */
package dev.otpserver.common.otpnotify;
