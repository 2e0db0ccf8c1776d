/**
 * The 3DS challenge API for internal card systems ({@code /ams/api/v1/threeds/...}, signed gateway): issues
 * a passcode for a card transaction with the OTP engine of the otp component and verifies it. The
 * passcode goes to the card partner (preference ON, through config-module's PartnerNotifications) or to the
 * cardholder by SMS (OFF, through notification-module's MessageOutbox), in the transaction that stores the
 * challenge. Owns the table {@code auth_threeds_challenge}; does not deliver anything itself.
 */
package dev.otpserver.auth.threeds;
