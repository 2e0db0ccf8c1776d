/**
 * End users and their wallet access tokens (tables {@code auth_user}, {@code auth_wallet_token}). Owned by
 * auth-module; in the common jar because the one persistence unit must see every entity.
 */
package dev.otpserver.auth.user.entity;
