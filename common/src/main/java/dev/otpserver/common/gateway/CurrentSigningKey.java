package dev.otpserver.common.gateway;

/** The server signing key that signs now: the newest activated version (see docs/operations.md, Rotation). */
@FunctionalInterface
public interface CurrentSigningKey {

    ServerSigningKey get();
}
