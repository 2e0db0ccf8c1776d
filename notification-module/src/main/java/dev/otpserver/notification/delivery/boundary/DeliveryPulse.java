package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.persistence.SchemaMigrated;
import dev.otpserver.common.schedule.PulseGate;
import dev.otpserver.notification.delivery.control.DeliverySettings;
import dev.otpserver.notification.delivery.control.Dispatcher;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The pulse of the outbox on every node: each second it delivers what is due, a batch per transaction, for
 * most of the second while full batches are due. It holds no state of its own (the outbox rows are the state),
 * so a restart or a second node changes nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeliveryPulse {

    private final PulseGate gate = new PulseGate("Delivery pulse");

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliverySettings settings;

    @Inject
    OtpMetrics metrics;

    public void schemaReady(@Observes SchemaMigrated migrated) {
        gate.open();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void pulse() {
        gate.run(() -> {
            long started = System.nanoTime();
            long until = PulseGate.workUntil(started);
            while (dispatcher.deliverDue(settings.pulseBatch()) == settings.pulseBatch() && System.nanoTime() < until) {
                // a full batch: more may be due
            }
            metrics.pulseTook("delivery", Duration.ofNanos(System.nanoTime() - started));
        });
    }
}
