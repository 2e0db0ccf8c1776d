package dev.otpserver.common.secret;

/** A hash keyed with the pepper of {@code pepperVersion}, as stored beside it. */
public record KeyedHash(int pepperVersion, String hex) {}
