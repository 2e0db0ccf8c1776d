package dev.otpserver.notification.outbox.control;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains a queue on threads of its own, started by a timer pulse that then returns at once: a drain goes on
 * across ticks while work is due, and the next tick starts only as many as are missing. A timer callback
 * that ran the drain itself for long would cost throughput on both servers: Payara schedules the next tick a
 * second after a callback ends (a busy queue was worked half the time), WildFly warns on every tick it skips.
 */
public final class Drainer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Drainer.class.getName());

    private final String name;
    private final int most;
    private final ExecutorService threads;
    private final AtomicInteger running = new AtomicInteger();

    /** One drain at a time. */
    public Drainer(String name, ThreadFactory threadFactory) {
        this(name, threadFactory, 1);
    }

    /**
     * At most {@code most} drains at a time, each on a thread of its own; {@code threadFactory}: the server's
     * managed one, so that the drains run with the application's context.
     */
    public Drainer(String name, ThreadFactory threadFactory, int most) {
        this.name = name;
        this.most = Math.max(1, most);
        this.threads = Executors.newFixedThreadPool(this.most, threadFactory);
    }

    /** Starts as many drains as it takes for {@code most} to run. A failure ends that drain only; the next tick starts another. */
    public void start(Runnable drain) {
        for (int now = running.get(); now < most; now = running.get()) {
            if (running.compareAndSet(now, now + 1) && !startOne(drain)) {
                return;
            }
        }
    }

    /** False once closed. */
    private boolean startOne(Runnable drain) {
        try {
            threads.execute(() -> run(drain));
            return true;
        } catch (RejectedExecutionException closed) {
            running.decrementAndGet();
            return false;
        }
    }

    /** For the drain's loop: the server is stopping the application. */
    public static boolean stopping() {
        return Thread.currentThread().isInterrupted();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private void run(Runnable drain) {
        try {
            drain.run();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, name + " stopped early; the next pulse starts another", failure);
        } finally {
            running.decrementAndGet();
        }
    }
}
