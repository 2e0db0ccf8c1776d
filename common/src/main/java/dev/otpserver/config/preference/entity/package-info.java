/**
 * The 3DS OTP API notification preference per account (table {@code cfg_otp_preference}). Owned by
 * config-module; in the common jar because the one persistence unit must see every entity.
 */
package dev.otpserver.config.preference.entity;
