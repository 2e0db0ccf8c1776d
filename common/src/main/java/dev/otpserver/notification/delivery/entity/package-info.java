/**
 * The outbox of messages to end users and their delivery attempts (tables {@code ntf_message},
 * {@code ntf_attempt}). Owned by notification-module; in the common jar because the one persistence unit
 * must see every entity.
 */
package dev.otpserver.notification.delivery.entity;
