package dev.otpserver.config.account.boundary;

/** An access token to grant a partner, for a customer's account (or, without one, the partner's own). */
public record AccessTokenForm(String customerId, Long validForSeconds) {}
