package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.common.persistence.SchemaMigrated;
import dev.otpserver.notification.delivery.control.DeliverySettings;
import dev.otpserver.notification.delivery.control.Dispatcher;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pulse of the outbox on every node: each second it delivers what is due. It holds no state of its own
 * (the outbox rows are the state), so a restart or a second node changes nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeliveryPulse {

    private static final Logger LOG = Logger.getLogger(DeliveryPulse.class.getName());

    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliverySettings settings;

    public void schemaReady(@Observes SchemaMigrated migrated) {
        ready.set(true);
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void pulse() {
        if (!ready.get() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            int delivered = 0;
            while (delivered < settings.pulseBatch() && dispatcher.deliverNext()) {
                delivered++;
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Delivery pulse stopped early; the next pulse goes on", failure);
        } finally {
            running.set(false);
        }
    }
}
