/**
 * The engine of the one outbox: what every channel shares. Each channel (email and SMS in
 * {@code notification.delivery}, partner webhooks in {@code notification.webhook}) keeps its rows, its sender
 * and its {@link dev.otpserver.notification.outbox.control.RetryPolicy}; the outbox gives them the pulse that
 * drains due rows on every node ({@link dev.otpserver.notification.outbox.control.OutboxPulse}) and the
 * shape of what an attempt records. It knows no channel.
 */
package dev.otpserver.notification.outbox;
