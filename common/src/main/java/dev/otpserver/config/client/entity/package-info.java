/**
 * Partner clients of the Ant-gateway family and their RSA public keys (tables {@code cfg_client},
 * {@code cfg_client_key}). Owned by config-module; the classes sit in the common jar because the one
 * persistence unit lives in EAR/lib and must see every entity.
 */
package dev.otpserver.config.client.entity;
