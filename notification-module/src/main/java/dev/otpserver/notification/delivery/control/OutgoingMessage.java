package dev.otpserver.notification.delivery.control;

/** A rendered message on its way to a channel; {@code messageId} is stable across retries (an idempotency key). */
public record OutgoingMessage(String messageId, String clientId, String destination, RenderedMessage rendered) {}
