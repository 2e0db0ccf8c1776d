package dev.otpserver.config.otpnotify.control;

import dev.otpserver.common.persistence.BatchPurge;
import dev.otpserver.common.persistence.Retention;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets final partner notifications (acknowledged, stopped by the partner, or dead) and their attempts once their
 * retention is over. A notification still pending is never purged, however old.
 */
@Stateless
public class NotificationRetention implements Retention {

    private static final BatchPurge FINAL_NOTIFICATIONS = new BatchPurge("cfg_partner_notification", "notification_id",
            "cfg_notification_attempt", "status <> 'PENDING' AND updated_at < ?1");

    /** How long a final notification is kept after its last change; 0 keeps them for ever. */
    @Inject
    @ConfigProperty(name = "otp.config.notification-retention-days", defaultValue = "30")
    long retentionDays;

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return "partner notifications";
    }

    @Override
    public Optional<Duration> kept() {
        return retentionDays > 0 ? Optional.of(Duration.ofDays(retentionDays)) : Optional.empty();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeBatch(Duration kept) {
        return FINAL_NOTIFICATIONS.deleteBatch(entityManager, clock.instant().minus(kept));
    }
}
