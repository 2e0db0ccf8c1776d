package dev.otpserver.auth.integrator.entity;

/** The methods whose requestIds are idempotency keys, each in a space of its own. */
public enum IntegratorMethod {
    SEND_OTP,
    VERIFY_OTP
}
