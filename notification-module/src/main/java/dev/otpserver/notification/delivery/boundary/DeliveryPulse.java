package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.persistence.SchemaMigrated;
import dev.otpserver.common.schedule.Drainer;
import dev.otpserver.common.schedule.PulseGate;
import dev.otpserver.notification.delivery.control.DeliverySettings;
import dev.otpserver.notification.delivery.control.Dispatcher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The pulse of the outbox on every node: each second it makes sure that drains deliver what is due, each a
 * message per transaction until nothing is, as many at once as {@code otp.notification.senders}. It holds no
 * state of its own (the outbox rows are the state), so a restart or a second node changes nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeliveryPulse {

    private final PulseGate gate = new PulseGate("Delivery pulse");
    private Drainer drainer;

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliverySettings settings;

    @Inject
    OtpMetrics metrics;

    /** The drains' threads, made by the server's managed thread factory so that they run with the application's context. */
    @Resource
    ManagedThreadFactory threadFactory;

    @PostConstruct
    void startThreads() {
        drainer = new Drainer("Delivery drain", threadFactory, settings.senders());
    }

    @PreDestroy
    void stopThreads() {
        drainer.close();
    }

    public void schemaReady(@Observes SchemaMigrated migrated) {
        gate.open();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void pulse() {
        gate.run(() -> drainer.start(this::deliverWhileDue));
    }

    private void deliverWhileDue() {
        long started = System.nanoTime();
        while (!Drainer.stopping() && dispatcher.deliverNext()) {
            // one more was due: there may be others
        }
        metrics.pulseTook("delivery", Duration.ofNanos(System.nanoTime() - started));
    }
}
