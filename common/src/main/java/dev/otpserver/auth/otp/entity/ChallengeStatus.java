package dev.otpserver.auth.otp.entity;

/** PENDING until the right code arrives (VERIFIED) or too many wrong ones did (LOCKED). */
public enum ChallengeStatus {
    PENDING,
    VERIFIED,
    LOCKED
}
