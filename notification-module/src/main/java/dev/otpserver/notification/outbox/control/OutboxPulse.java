package dev.otpserver.notification.outbox.control;

import dev.otpserver.common.metrics.OtpMetrics;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;

/**
 * The pulse of one channel on every node: each tick it makes sure that {@code drains} drains take what is due,
 * step after step while a step says that more may be due, and times each drain. It holds no state of its own
 * (the rows are the state), so a restart or a second node changes nothing. The channel's singleton ticks it
 * from its timer and opens it once the schema is migrated.
 */
public final class OutboxPulse implements AutoCloseable {

    private final PulseGate gate;
    private final Drainer drainer;
    private final String metric;
    private final OtpMetrics metrics;

    /** {@code name} names the pulse and its drains in logs, {@code metric} its timer; {@code threads}: the server's managed ones. */
    public OutboxPulse(String name, String metric, ThreadFactory threads, int drains, OtpMetrics metrics) {
        this.gate = new PulseGate(name + " pulse");
        this.drainer = new Drainer(name + " drain", threads, drains);
        this.metric = metric;
        this.metrics = metrics;
    }

    public void open() {
        gate.open();
    }

    /** Runs {@code first} (the channel's housekeeping), then starts the drains that are missing; returns at once. */
    public void tick(Runnable first, BooleanSupplier step) {
        gate.run(() -> {
            first.run();
            drainer.start(() -> drain(step));
        });
    }

    @Override
    public void close() {
        drainer.close();
    }

    private void drain(BooleanSupplier step) {
        long started = System.nanoTime();
        while (!Drainer.stopping() && step.getAsBoolean()) {
            // more may be due
        }
        metrics.pulseTook(metric, Duration.ofNanos(System.nanoTime() - started));
    }
}
