/**
 * Wallet challenges and the answers given to their request ids (tables {@code auth_challenge},
 * {@code auth_init_request}). Owned by auth-module; in the common jar because the one persistence unit must
 * see every entity.
 */
package dev.otpserver.auth.wallet.entity;
