/**
 * The OTP engine and the wallet dialect (Antom {@code initAuthentication} / {@code verifyAuthentication}):
 * codes made with SecureRandom and stored only as a keyed hash, lifetimes, attempt limits, single use,
 * idempotency per request id, send limits per user and channel, the budget of wrong codes per user or phone
 * number across dialects, and the per-client traffic limit.
 * Tables: {@code auth_challenge}, {@code auth_init_request}, {@code auth_client_traffic}, {@code auth_wrong_code}.
 * It does not deliver messages: notification-module does, through the outbox contract.
 */
package dev.otpserver.auth.challenge;
