package dev.otpserver.notification.sms.control;

import dev.otpserver.notification.delivery.control.DeliveryFailure;

/** One SMS gateway, opened from its settings by its {@link SmsGatewayProvider} when it is selected. */
public interface SmsGateway extends AutoCloseable {

    /** The id it is selected by and recorded under: {@code sink}, {@code http}, {@code smpp}. */
    String id();

    /**
     * Hands the SMS over; a transient failure lets the next gateway try, a permanent one (the number is refused) ends it.
     *
     * @return the provider's id of the message, which its delivery receipts will name
     */
    String send(SmsSubmission sms) throws DeliveryFailure;

    /** Starts background work such as binding; called once after every selected gateway opened. */
    default void start() {}

    @Override
    default void close() {}
}
