package dev.otpserver.common.notification;

/** Hands messages to notification-module. */
public interface MessageOutbox {

    /**
     * Queues the message in the caller's transaction: it is sent after that commits, and not at all if it
     * rolls back. Refuses a destination that the channel cannot use with {@link InvalidDestinationException}.
     *
     * @return the message id, to ask for its delivery status
     */
    String enqueue(OutboundMessage message);
}
