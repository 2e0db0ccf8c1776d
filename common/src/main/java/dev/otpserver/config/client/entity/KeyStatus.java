package dev.otpserver.config.client.entity;

/** A revoked key stays on record but no longer verifies anything. */
public enum KeyStatus {
    ACTIVE,
    REVOKED
}
