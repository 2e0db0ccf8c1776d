package dev.otpserver.common.schedule;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains a queue on a thread of its own, started by a timer pulse that then returns at once: the drain goes
 * on across ticks while work is due, and the next tick finds it running and leaves it be. A timer callback
 * that ran the drain itself for long would cost throughput on both servers: Payara schedules the next tick a
 * second after a callback ends (a busy queue was worked half the time), WildFly warns on every tick it skips.
 */
public final class Drainer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Drainer.class.getName());

    private final String name;
    private final ExecutorService thread;
    private final AtomicBoolean running = new AtomicBoolean();

    /** {@code threads}: the server's managed thread factory, so that the drain runs with the application's context. */
    public Drainer(String name, ThreadFactory threads) {
        this.name = name;
        this.thread = Executors.newSingleThreadExecutor(threads);
    }

    /** Starts {@code drain} unless one is running. A failure ends this drain only; the next tick starts another. */
    public void start(Runnable drain) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> run(drain));
        } catch (RejectedExecutionException closed) {
            running.set(false);
        }
    }

    /** For the drain's loop: the server is stopping the application. */
    public static boolean stopping() {
        return Thread.currentThread().isInterrupted();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private void run(Runnable drain) {
        try {
            drain.run();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, name + " stopped early; the next pulse starts another", failure);
        } finally {
            running.set(false);
        }
    }
}
