package dev.otpserver.common.notification;

/** How a message reaches an end user. */
public enum DeliveryChannel {
    EMAIL,
    SMS
}
