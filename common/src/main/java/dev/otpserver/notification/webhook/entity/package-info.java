/**
 * Partner notifications of 3DS passcodes with their retry state and their attempts (tables
 * {@code cfg_partner_notification}, {@code cfg_notification_attempt}, named when config-module owned them).
 * Owned by notification-module; in the common jar because the one persistence unit must see every entity.
 */
package dev.otpserver.notification.webhook.entity;
