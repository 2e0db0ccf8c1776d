/**
 * Partner accounts: the customers a partner manages under contract and the access tokens they granted
 * (tables {@code cfg_customer_contract}, {@code cfg_access_token}). Owned by config-module; in the common
 * jar because the one persistence unit must see every entity.
 */
package dev.otpserver.config.account.entity;
