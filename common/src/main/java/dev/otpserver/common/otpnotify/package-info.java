/**
 * Contracts of the 3DS OTP notification: whether a card partner's account wants its passcodes pushed by
 * API ({@link dev.otpserver.common.otpnotify.NotifyPreferences}), and the queue of those pushes
 * ({@link dev.otpserver.common.otpnotify.PartnerNotifications}). Implemented by config-module, called by
 * auth-module's 3DS challenges inside their own transaction.
 */
package dev.otpserver.common.otpnotify;
