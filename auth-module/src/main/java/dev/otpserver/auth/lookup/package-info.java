/**
 * Lookup of a challenge's state for admins, whatever issued it (wallet initAuthentication, 3DS createChallenge,
 * payment-integrator sendOtp): status, attempts, times. Never a code or its hash. Reads only; owns no table.
 */
package dev.otpserver.auth.lookup;
