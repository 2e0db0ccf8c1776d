package dev.otpserver.config.client.entity;

/** Only an active client may call; a disabled one is answered CLIENT_INVALID. */
public enum ClientStatus {
    ACTIVE,
    DISABLED
}
