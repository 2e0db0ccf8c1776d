/**
 * OTP challenges and the idempotency and traffic records around them (tables {@code auth_challenge},
 * {@code auth_init_request}, {@code auth_client_traffic}). Owned by auth-module; in the common jar because
 * the one persistence unit must see every entity.
 */
package dev.otpserver.auth.challenge.entity;
