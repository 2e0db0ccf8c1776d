package dev.otpserver.notification.sms.control;

/** One SMS for a gateway; {@code messageId} is the outbox id, stable across retries, for gateways that de-duplicate. */
public record SmsSubmission(String messageId, String clientId, String destination, SmsText text) {}
