/**
 * The OTP engine every dialect issues and checks its codes with: codes made with SecureRandom and stored only
 * as a keyed hash, per-client policies (length, lifetime, attempts, send limits), the family's answer to a
 * value, the budget of wrong codes per user or phone number across dialects, the per-client traffic limit,
 * and the retention of what the dialects keep. Tables: {@code auth_client_traffic}, {@code auth_wrong_code}.
 * The dialects ({@code wallet}, {@code threeds}, {@code integrator}) are adapters above it.
 */
package dev.otpserver.auth.otp;
