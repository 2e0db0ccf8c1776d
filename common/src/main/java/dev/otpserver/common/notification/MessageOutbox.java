package dev.otpserver.common.notification;

import java.util.Collection;

/** Hands messages to notification-module. */
public interface MessageOutbox {

    /**
     * Queues the message in the caller's transaction: it is sent after that commits, and not at all if it
     * rolls back. Refuses a destination that the channel cannot use with {@link InvalidDestinationException}.
     *
     * @return the message id, to ask for its delivery status
     */
    String enqueue(OutboundMessage message);

    /**
     * Erases these destinations (an erased end user's email and phone) from every message, in the caller's
     * transaction: at once from messages already final, from a message still queued as soon as it is final.
     */
    void eraseDestinations(Collection<String> destinations);
}
