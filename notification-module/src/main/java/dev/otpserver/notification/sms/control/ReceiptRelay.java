package dev.otpserver.notification.sms.control;

import dev.otpserver.notification.delivery.control.Receipt;
import dev.otpserver.notification.delivery.control.ReceiptLedger;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands receipts to the ledger off the SMPP reader thread. A receipt can overtake the commit of the send it
 * answers (the dispatcher's transaction is still open while the SMSC already reports), so an unknown id is tried
 * again a few times before it is given up.
 */
public final class ReceiptRelay {

    private static final Logger LOG = Logger.getLogger(ReceiptRelay.class.getName());

    private final ReceiptLedger ledger;
    private final ScheduledExecutorService executor;
    private final int tries;
    private final Duration wait;

    public ReceiptRelay(ReceiptLedger ledger, ScheduledExecutorService executor, int tries, Duration wait) {
        this.ledger = ledger;
        this.executor = executor;
        this.tries = tries;
        this.wait = wait;
    }

    public void accept(Receipt receipt) {
        submit(receipt, 1, Duration.ZERO);
    }

    private void attempt(Receipt receipt, int attempt) {
        boolean known;
        try {
            known = ledger.record(receipt);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not record the receipt of " + receipt.providerMessageId(), failure);
            known = false;
        }
        if (!known && attempt < tries) {
            submit(receipt, attempt + 1, wait.multipliedBy(attempt));
        } else if (!known) {
            LOG.info(() -> "No message was sent as " + receipt.providerMessageId() + "; its receipt is dropped");
        }
    }

    private void submit(Receipt receipt, int attempt, Duration delay) {
        try {
            executor.schedule(() -> attempt(receipt, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            LOG.info(() -> "Receipt of " + receipt.providerMessageId()
                    + " arrived while shutting down; the SMSC will not resend it");
        }
    }
}
