/**
 * The wallet dialect (Antom {@code initAuthentication} / {@code verifyAuthentication}, signed gateway): a code
 * for the owner of a wallet token by email or SMS, idempotency per request id, send limits per user and
 * channel. Issues and checks its codes with the OTP engine of {@code otp}. Tables: {@code auth_challenge},
 * {@code auth_init_request}. It does not deliver messages: notification-module does, through the outbox contract.
 */
package dev.otpserver.auth.wallet;
