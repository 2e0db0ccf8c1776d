/**
 * Partner configuration of 3DS OTP notifications (seed 003): each partner's notify URL (table
 * {@code cfg_notify_endpoint}), offered to notification-module's outbox through
 * {@link dev.otpserver.common.otpnotify.NotifyEndpoints}. Whether to push is the preference component's
 * decision; queueing, sending and retrying the pushes is the outbox's webhook channel.
 */
package dev.otpserver.config.otpnotify;
