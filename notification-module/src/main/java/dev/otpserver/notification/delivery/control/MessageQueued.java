package dev.otpserver.notification.delivery.control;

/** A message went into the outbox; observed once its transaction committed, to send it without waiting for a tick. */
public record MessageQueued(String messageId) {}
