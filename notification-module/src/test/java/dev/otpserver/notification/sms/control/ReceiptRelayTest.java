package dev.otpserver.notification.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.notification.delivery.control.Receipt;
import dev.otpserver.notification.delivery.entity.MessageStatus;
import dev.otpserver.notification.delivery.entity.QueuedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReceiptRelayTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final ReceiptRelay relay = new ReceiptRelay(ledger, executor, 10, Duration.ofMillis(20));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aReceiptThatOvertakesTheSendsCommitIsRecordedOnceTheMessageIsKnown() throws Exception {
        relay.accept(new Receipt("early-1", true, Instant.now(), "DELIVRD"));
        Thread.sleep(50);
        QueuedMessage message = ledger.sent("early-1");

        assertEquals(MessageStatus.DELIVERED, ledger.awaitStatus(message));
    }

    @Test
    void aLaterReceiptNeverUndoesTheFirst() throws Exception {
        QueuedMessage message = ledger.sent("twice-1");
        relay.accept(new Receipt("twice-1", true, Instant.now(), "DELIVRD"));
        ledger.awaitStatus(message);

        relay.accept(new Receipt("twice-1", false, Instant.now(), "UNDELIV"));
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);

        assertEquals(MessageStatus.DELIVERED, message.status());
    }
}
