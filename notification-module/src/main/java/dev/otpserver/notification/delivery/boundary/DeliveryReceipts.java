package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.notification.delivery.control.MessageStore;
import dev.otpserver.notification.delivery.control.Receipt;
import dev.otpserver.notification.delivery.control.ReceiptLedger;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Marks a sent message DELIVERED or UNDELIVERED when its gateway's receipt arrives, in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryReceipts implements ReceiptLedger {

    private static final Logger LOG = Logger.getLogger(DeliveryReceipts.class.getName());

    @Inject
    MessageStore store;

    @Override
    public boolean record(Receipt receipt) {
        return store.findByProviderMessageId(receipt.providerMessageId())
                .map(message -> {
                    if (message.receipted(receipt.delivered(), receipt.doneAt(), receipt.detail())) {
                        LOG.info(() ->
                                "Message " + message.messageId() + " " + message.status() + " at " + receipt.doneAt());
                    }
                    return true;
                })
                .orElse(false);
    }
}
