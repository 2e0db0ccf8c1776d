/**
 * Whose account a partner call is about: the partner's own, or a connected customer's under contract, with
 * the OAuth access token the customer granted where the contract asks for one. Answers CONTRACT_NOT_EXIST,
 * AUTHORIZATION_NOT_EXIST, ACCESS_TOKEN_EXPIRED, SYSTEM_ERROR (suspended contract). Tables:
 * {@code cfg_customer_contract}, {@code cfg_access_token}.
 */
package dev.otpserver.config.account;
