/**
 * The 3DS OTP API notification preference of each account and the WorldFirst configuration API that
 * reads it ({@code queryOtpConfig}). Table: {@code cfg_otp_preference}.
 */
package dev.otpserver.config.preference;
