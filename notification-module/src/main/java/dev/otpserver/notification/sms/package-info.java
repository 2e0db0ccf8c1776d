/**
 * SMS delivery over pluggable gateways ({@code sink}, {@code http}, {@code smpp}), picked and ordered by
 * {@code otp.notification.sms.gateways}, tried in turn with a circuit breaker each. It owns no table: attempts and
 * receipts go to the delivery component's outbox ({@code ntf_message}, {@code ntf_attempt}). It does not queue or
 * retry; the outbox does.
 */
package dev.otpserver.notification.sms;
