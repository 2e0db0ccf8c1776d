package dev.otpserver.notification.delivery.entity;

/**
 * QUEUED until a gateway accepts it (SENT) or it cannot be delivered (FAILED); a delivery receipt then turns
 * SENT into DELIVERED or UNDELIVERED (the handset never got it: expired, rejected, deleted).
 */
public enum MessageStatus {
    QUEUED,
    SENT,
    FAILED,
    DELIVERED,
    UNDELIVERED
}
