package dev.otpserver.common.notification;

import jakarta.ejb.ApplicationException;

/** The destination is no email address or E.164 phone number: nothing was queued. */
@ApplicationException(rollback = true)
public class InvalidDestinationException extends RuntimeException {

    public InvalidDestinationException(DeliveryChannel channel) {
        super("The destination is not a valid "
                + (channel == DeliveryChannel.EMAIL ? "email address" : "E.164 phone number"));
    }
}
