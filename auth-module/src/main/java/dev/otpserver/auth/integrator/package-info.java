/**
 * The payment-integrator dialect (Google Standard Payments {@code sendOtp} / {@code verifyOtp}): codes by SMS
 * to a phone number or to the user behind an associationId, verified once, each requestId answered once.
 * Uses the OTP engine of {@code otp} (policies, generator, hasher, code rules) and the outbox; JOSE and
 * the wire format are the web module's gateway's job. Tables: {@code auth_gsp_exchange}, {@code auth_gsp_otp},
 * {@code auth_gsp_association}, {@code auth_send_gate}.
 */
package dev.otpserver.auth.integrator;
