package dev.otpserver.notification.sms.control;

import dev.otpserver.notification.delivery.control.ReceiptLedger;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Opens the SMPP gateway, id {@code smpp}, from {@code otp.notification.sms.smpp.*}. Receipts run on the server's
 * managed executor, so that they reach the transactional ledger with the application's context; the link binds
 * again on a managed thread of its own.
 */
@ApplicationScoped
public class SmppGatewayProvider implements SmsGatewayProvider {

    /** A receipt for an id not yet committed is tried this often, waiting 1 s, 2 s, … between tries. */
    private static final int RECEIPT_TRIES = 6;

    @Inject
    ReceiptLedger ledger;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Override
    public String id() {
        return "smpp";
    }

    @Override
    public SmsGateway open(SettingsSource settings) {
        return new SmppGateway(
                SmppSettings.from(settings),
                new ReceiptRelay(ledger, executor, RECEIPT_TRIES, Duration.ofSeconds(1)),
                threads,
                clock);
    }
}
