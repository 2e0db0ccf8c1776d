package dev.otpserver.notification.delivery.entity;

/** QUEUED until a gateway accepts it (SENT) or it cannot be delivered (FAILED). */
public enum MessageStatus {
    QUEUED, SENT, FAILED
}
