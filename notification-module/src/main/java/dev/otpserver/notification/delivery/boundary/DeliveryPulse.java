package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.persistence.SchemaMigrated;
import dev.otpserver.notification.delivery.control.DeliverySettings;
import dev.otpserver.notification.delivery.control.Dispatcher;
import dev.otpserver.notification.outbox.control.OutboxPulse;
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

/**
 * The outbox's pulse for email and SMS: each second it makes sure that drains deliver what is due, each a
 * message per transaction until nothing is, as many at once as {@code otp.notification.senders}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeliveryPulse {

    private OutboxPulse pulse;

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
        pulse = new OutboxPulse("Delivery", "delivery", threadFactory, settings.senders(), metrics);
    }

    @PreDestroy
    void stopThreads() {
        pulse.close();
    }

    public void schemaReady(@Observes SchemaMigrated migrated) {
        pulse.open();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void pulse() {
        pulse.tick(() -> {}, dispatcher::deliverNext);
    }
}
