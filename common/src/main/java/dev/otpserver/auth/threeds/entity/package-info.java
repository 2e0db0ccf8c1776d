/**
 * 3DS challenges (table {@code auth_threeds_challenge}). Owned by auth-module; in the common jar because
 * the one persistence unit must see every entity.
 */
package dev.otpserver.auth.threeds.entity;
