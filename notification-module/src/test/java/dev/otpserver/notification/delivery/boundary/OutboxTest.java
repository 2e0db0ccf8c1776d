package dev.otpserver.notification.delivery.boundary;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.InvalidDestinationException;
import dev.otpserver.common.notification.MessageKind;
import dev.otpserver.common.notification.OutboundMessage;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A destination that its channel cannot use is refused before anything is queued or sealed. */
class OutboxTest {

    private final Outbox outbox = new Outbox();

    @ParameterizedTest
    @CsvSource({"EMAIL,not-an-address", "EMAIL,jane@", "SMS,0044 1234 5678", "SMS,+0123"})
    void invalidDestinationIsRefusedBeforeQueuing(DeliveryChannel channel, String destination) {
        OutboundMessage message =
                new OutboundMessage("C", channel, destination, "en", MessageKind.OTP_CODE, Map.of("code", "1"));

        assertThrows(InvalidDestinationException.class, () -> outbox.enqueue(message));
    }
}
