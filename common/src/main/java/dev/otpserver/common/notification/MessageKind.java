package dev.otpserver.common.notification;

/** What a message says; each kind has its templates per channel and locale. */
public enum MessageKind {
    /** A one-time code. Values: code, lifetimeMinutes, clientName. */
    OTP_CODE
}
