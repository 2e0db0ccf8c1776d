package dev.otpserver.notification.webhook.control;

/**
 * The partner's HTTP answer to one attempt: status, the three headers of a signed response (null when
 * absent) and the exact body bytes.
 */
public record PartnerAnswer(int status, String clientId, String responseTime, String signature, byte[] body) {}
