/**
 * What every dialect's issued code shares: the row's common columns and the embedded life of a code. Owned
 * by auth-module's OTP engine; in the common jar because the one persistence unit must see every entity.
 */
package dev.otpserver.auth.otp.entity;
