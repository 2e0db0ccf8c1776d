/**
 * Partner notifications of 3DS passcodes with their retry state, their attempts, and each partner's notify
 * URL (tables {@code cfg_partner_notification}, {@code cfg_notification_attempt}, {@code cfg_notify_endpoint}).
 * Owned by config-module; in the common jar because the one persistence unit must see every entity.
 */
package dev.otpserver.config.otpnotify.entity;
