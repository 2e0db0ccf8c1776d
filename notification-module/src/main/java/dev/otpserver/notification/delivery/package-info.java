/**
 * Email and SMS, channels of the outbox: the durable rows (tables {@code ntf_message}, {@code ntf_attempt}),
 * a pulse on every node that claims due messages with {@code FOR UPDATE SKIP LOCKED}, templates per kind
 * and locale, and the channel senders (email through the server's mail session, SMS through gateways).
 * It does not decide what to send: other modules hand it messages through the outbox contract in common.
 */
package dev.otpserver.notification.delivery;
