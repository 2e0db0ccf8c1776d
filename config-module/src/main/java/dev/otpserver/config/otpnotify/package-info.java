/**
 * 3DS OTP notifications pushed to partners (seed 003): queued in the caller's transaction, sent by a pulse
 * on every node with the published retry schedule, acknowledged only by a signed S. Owns the tables
 * {@code cfg_partner_notification}, {@code cfg_notification_attempt} and {@code cfg_notify_endpoint}. It
 * does not decide whether to push (the preference component does) nor issue passcodes (auth-module does).
 */
package dev.otpserver.config.otpnotify;
