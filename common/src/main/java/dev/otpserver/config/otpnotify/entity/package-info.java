/**
 * Each partner's notify URL (table {@code cfg_notify_endpoint}). Owned by config-module; in the common jar
 * because the one persistence unit must see every entity.
 */
package dev.otpserver.config.otpnotify.entity;
