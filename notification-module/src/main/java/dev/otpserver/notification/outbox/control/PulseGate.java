package dev.otpserver.notification.outbox.control;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every timer pulse of the server needs: it does nothing before the schema is up to date, never
 * overlaps itself when a pulse runs long, and a failure only ends this pulse, since the next one goes on.
 */
public final class PulseGate {

    private static final Logger LOG = Logger.getLogger(PulseGate.class.getName());

    private final String name;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();

    public PulseGate(String name) {
        this.name = name;
    }

    /** Called once the schema is migrated. */
    public void open() {
        ready.set(true);
    }

    public void run(Runnable work) {
        if (!ready.get() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, name + " stopped early; the next pulse goes on", failure);
        } finally {
            running.set(false);
        }
    }
}
