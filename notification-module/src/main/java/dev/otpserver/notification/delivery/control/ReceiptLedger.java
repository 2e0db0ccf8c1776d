package dev.otpserver.notification.delivery.control;

/** Records delivery receipts against the messages they name, each in a transaction of its own. */
public interface ReceiptLedger {

    /** False when no message carries that provider id (yet: the send may not have committed). */
    boolean record(Receipt receipt);
}
