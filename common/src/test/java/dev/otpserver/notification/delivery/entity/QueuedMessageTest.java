package dev.otpserver.notification.delivery.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.MessageKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueuedMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static QueuedMessage queuedTo(String destination) {
        return new QueuedMessage(
                "m-1", "CLIENT", DeliveryChannel.SMS, destination, "en", MessageKind.OTP_CODE, "sealed", NOW);
    }

    /** What MessageStore.eraseDestinations does in SQL to a message still queued. */
    private static QueuedMessage ofErasedUser(QueuedMessage message) throws ReflectiveOperationException {
        var flag = QueuedMessage.class.getDeclaredField("eraseDestination");
        flag.setAccessible(true);
        flag.setBoolean(message, true);
        return message;
    }

    @Test
    void aMessageOfAnErasedUserKeepsItsDestinationWhileItIsRetried() throws Exception {
        QueuedMessage message = ofErasedUser(queuedTo("+15550100777"));

        message.retryAt(NOW.plusSeconds(5), "timeout");

        assertEquals("+15550100777", message.destination());
    }

    @Test
    void aMessageOfAnErasedUserDropsItsDestinationOnceSent() throws Exception {
        QueuedMessage message = ofErasedUser(queuedTo("+15550100777"));

        message.sent("provider-1", NOW);

        assertAll(
                () -> assertEquals(QueuedMessage.ERASED, message.destination()),
                () -> assertEquals(MessageStatus.SENT, message.status()));
    }

    @Test
    void aMessageOfAnErasedUserDropsItsDestinationAndErrorOnceFailed() throws Exception {
        QueuedMessage message = ofErasedUser(queuedTo("+15550100777"));

        message.failed("550 +15550100777 unknown", NOW);

        assertAll(
                () -> assertEquals(QueuedMessage.ERASED, message.destination()),
                () -> assertTrue(message.lastError().isEmpty()));
    }

    @Test
    void anyOtherMessageKeepsItsDestinationOnceFinal() {
        QueuedMessage message = queuedTo("+15550100778");

        message.sent("provider-2", NOW);

        assertEquals("+15550100778", message.destination());
    }
}
