/**
 * Partner notifications of 3DS passcodes with their retry state and their attempts (tables
 * {@code ntf_webhook}, {@code ntf_webhook_attempt}).
 * Owned by notification-module; in the common jar because the one persistence unit must see every entity.
 */
package dev.otpserver.notification.webhook.entity;
