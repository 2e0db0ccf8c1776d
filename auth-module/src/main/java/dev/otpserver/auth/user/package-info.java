/**
 * End users (status, email, E.164 phone, locale) and the wallet tokens that identify them to the wallet
 * dialect, stored as keyed hashes. Tables: {@code auth_user}, {@code auth_wallet_token}.
 */
package dev.otpserver.auth.user;
