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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Sends each message as soon as the transaction that queued it commits, on a thread of its own, rather than at
 * the outbox's next pulse: an OTP leaves right after the answer instead of up to a pulse later. Messages queued
 * while the sending threads are busy wait for the next free one, which takes them together, a few per transaction
 * ({@link Dispatcher#deliverIfDue}): under load a message costs a fraction of a transaction, when idle it still
 * leaves alone and at once. The pulse's drains take what this leaves (a full queue, a retry, a node restarted). A
 * CDI bean, not an EJB: Weld looks an EJB observer's instance up on every event.
 */
@ApplicationScoped
public class PromptDelivery {

    private static final int MOST_WAITING = 1_000;

    private ThreadPoolExecutor sending;

    /** The messages queued and committed that no sending thread has taken yet. */
    private final BlockingQueue<String> waiting = new ArrayBlockingQueue<>(MOST_WAITING);

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
        if (waiting.offer(queued.messageId())) {
            wakeASender();
        }
        // else the drains send it within a second
    }

    /** A task per message handed over: the first free thread takes what waits, and the tasks after it find less. */
    private void wakeASender() {
        try {
            sending.execute(this::sendWaiting);
        } catch (RejectedExecutionException full) {
            // a task already waiting takes the message, or the drains within a second
        }
    }

    private void sendWaiting() {
        List<String> batch = new ArrayList<>(Dispatcher.MOST_AT_ONCE);
        waiting.drainTo(batch, Dispatcher.MOST_AT_ONCE);
        if (batch.isEmpty()) {
            return;
        }
        for (String unsent : dispatcher.deliverIfDue(batch)) {
            if (waiting.offer(unsent)) {
                wakeASender();
            }
        }
    }
}
