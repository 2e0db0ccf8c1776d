/**
 * The contract of notification-module: other modules hand it messages for end users through
 * {@link dev.otpserver.common.notification.MessageOutbox}, in their own transaction, and never wait for delivery.
 */
package dev.otpserver.common.notification;
