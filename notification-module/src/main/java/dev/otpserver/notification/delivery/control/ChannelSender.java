package dev.otpserver.notification.delivery.control;

import dev.otpserver.common.notification.DeliveryChannel;

/** Delivers rendered messages of one channel through one gateway. */
public interface ChannelSender {

    DeliveryChannel channel();

    /** A short stable name for attempt records and logs, e.g. {@code smtp} or {@code sms-sink}. */
    String gateway();

    /**
     * Hands the message to the gateway; {@code messageId} is stable across retries, for gateways that de-duplicate.
     *
     * @return the gateway's id of the message, for delivery receipts and support
     */
    String send(String messageId, String clientId, String destination, RenderedMessage message) throws DeliveryFailure;
}
