package dev.otpserver.notification.delivery.control;

import dev.otpserver.common.notification.DeliveryChannel;
import java.util.List;

/** Delivers rendered messages of one channel, through one gateway or several in turn. */
public interface ChannelSender {

    DeliveryChannel channel();

    /**
     * Hands the message to the channel's gateways until one accepts it or refuses it for good.
     *
     * @return every gateway tried (or skipped), in order, never empty: the last one says how it ended
     */
    List<GatewayAttempt> send(OutgoingMessage message);
}
