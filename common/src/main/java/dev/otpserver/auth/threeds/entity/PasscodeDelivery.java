package dev.otpserver.auth.threeds.entity;

/** How the passcode went out: pushed to the card partner (preference ON) or by SMS to the cardholder (OFF). */
public enum PasscodeDelivery {
    PARTNER,
    SMS
}
