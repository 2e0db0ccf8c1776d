package dev.otpserver.notification.delivery.control;

import java.time.Instant;

/** A gateway's word that the message it accepted as {@code providerMessageId} reached the handset, or never will. */
public record Receipt(String providerMessageId, boolean delivered, Instant doneAt, String detail) {}
