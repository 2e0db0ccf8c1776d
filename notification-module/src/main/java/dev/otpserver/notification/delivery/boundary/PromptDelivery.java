package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.notification.delivery.control.DeliverySettings;
import dev.otpserver.notification.delivery.control.Dispatcher;
import dev.otpserver.notification.delivery.control.MessageQueued;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Sends each message as soon as the transaction that queued it commits, on a thread of its own, rather than at
 * the outbox's next pulse: an OTP leaves right after the answer instead of up to a pulse later. The
 * pulse's drains take what this leaves (a full queue, a retry, a node restarted). A CDI bean, not an EJB: Weld
 * looks an EJB observer's instance up on every event.
 */
@ApplicationScoped
public class PromptDelivery {

    private static final int MOST_WAITING = 1_000;

    private ThreadPoolExecutor sending;

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliverySettings settings;

    /** Made by the server's managed thread factory, so that the sends run with the application's context. */
    @Resource
    ManagedThreadFactory threadFactory;

    @PostConstruct
    void startThreads() {
        sending = new ThreadPoolExecutor(
                settings.senders(),
                settings.senders(),
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(MOST_WAITING),
                threadFactory);
        sending.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stopThreads() {
        sending.shutdownNow();
    }

    /** On the thread of the request that queued the message, after its commit: hands it over and returns. */
    public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        try {
            sending.execute(() -> dispatcher.deliverIfDue(queued.messageId()));
        } catch (RejectedExecutionException full) {
            // the drains send it within a second
        }
    }
}
