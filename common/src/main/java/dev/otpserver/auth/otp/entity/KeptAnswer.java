package dev.otpserver.auth.otp.entity;

/** An answer kept under a request's idempotency key, with the fingerprint of the request it answered. */
public interface KeptAnswer {

    String fingerprint();
}
