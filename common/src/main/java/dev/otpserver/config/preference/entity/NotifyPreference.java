package dev.otpserver.config.preference.entity;

/** {@code otpApiNotifyPreference}: ON pushes 3DS OTPs to the partner by API, OFF (the default) does not. */
public enum NotifyPreference {
    ON,
    OFF
}
