package dev.otpserver.notification.sms.control;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.MessageKind;
import dev.otpserver.notification.delivery.control.Receipt;
import dev.otpserver.notification.delivery.control.ReceiptLedger;
import dev.otpserver.notification.delivery.entity.MessageStatus;
import dev.otpserver.notification.delivery.entity.QueuedMessage;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The outbox's receipt bookkeeping on real message entities, without a database: what DeliveryReceipts does. */
final class InMemoryLedger implements ReceiptLedger {

    private final Map<String, QueuedMessage> byProviderId = new ConcurrentHashMap<>();
    private final CountDownLatch recorded = new CountDownLatch(1);

    /** A message as the dispatcher leaves it after the gateway accepted it as {@code providerId}. */
    QueuedMessage sent(String providerId) {
        QueuedMessage message = new QueuedMessage(
                java.util.UUID.randomUUID().toString(),
                "CLIENT",
                DeliveryChannel.SMS,
                "+15550100001",
                "en",
                MessageKind.OTP_CODE,
                "sealed",
                Instant.now());
        message.sent(providerId, Instant.now());
        byProviderId.put(providerId, message);
        return message;
    }

    @Override
    public boolean record(Receipt receipt) {
        Optional<QueuedMessage> message = Optional.ofNullable(byProviderId.get(receipt.providerMessageId()));
        message.ifPresent(found -> {
            found.receipted(receipt.delivered(), receipt.doneAt(), receipt.detail());
            recorded.countDown();
        });
        return message.isPresent();
    }

    MessageStatus awaitStatus(QueuedMessage message) throws InterruptedException {
        if (!recorded.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("No receipt recorded within 10 s");
        }
        return message.status();
    }
}
