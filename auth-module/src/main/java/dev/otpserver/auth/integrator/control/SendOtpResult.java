package dev.otpserver.auth.integrator.control;

/**
 * The sendOtp results this server gives, all with HTTP 200. Google's published enum was not fully retrievable
 * (api-reference §8): INVALID_PHONE_NUMBER is confirmed on a sibling API, the others as recalled there.
 */
public enum SendOtpResult {
    /** The SMS is queued for delivery. */
    SUCCESS,
    /** accountPhoneNumber is not an E.164 number, or the associated user has no usable phone. */
    INVALID_PHONE_NUMBER,
    /** The send limits of this phone number are reached (count per window, least interval). */
    OTP_LIMIT_REACHED,
    /** The associated user is frozen. */
    ACCOUNT_ON_HOLD,
    /** The associated user was deleted. */
    ACCOUNT_CLOSED
}
