package dev.otpserver.notification.webhook.entity;

/**
 * PENDING while attempts go on; ACKED (signed S), MANUAL_ACTION (signed F: stop, a person must look) and
 * DEAD (schedule exhausted; an admin may replay it) are final.
 */
public enum NotificationStatus {
    PENDING,
    ACKED,
    MANUAL_ACTION,
    DEAD
}
