package dev.otpserver.common.notification;

/** What a message says; each kind has its templates per channel and locale. */
public enum MessageKind {
    /** A one-time code. Values: code, lifetimeMinutes, clientName. */
    OTP_CODE,
    /** A 3DS passcode for a card payment. Values: code, lifetimeMinutes, clientName (here: the merchant's name). */
    THREEDS_PASSCODE,
    /**
     * A one-time code asked for by a payment platform (sendOtp), SMS only. Values: code, lifetimeMinutes,
     * clientName, smsMatchingToken (ends the SMS, so that Android's SMS Retriever matches it).
     */
    PAYMENT_OTP
}
