package dev.otpserver.auth.user.boundary;

/** A wallet token to issue: the client it is for and how long it lives (default 30 days). */
public record TokenForm(String clientId, Long validForSeconds) {}
