package dev.otpserver.auth.challenge.entity;

/** PENDING until the right code arrives (VERIFIED) or too many wrong ones did (LOCKED). */
public enum ChallengeStatus {
    PENDING, VERIFIED, LOCKED
}
