package dev.otpserver.notification.webhook.control;

import dev.otpserver.common.persistence.BatchPurge;
import dev.otpserver.common.persistence.Retention;
import dev.otpserver.common.persistence.RetentionInDays;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets final partner notifications (acknowledged, stopped by the partner, or dead) and their attempts once their
 * retention is over. A notification still pending is never purged, however old.
 */
@Stateless
public class NotificationRetention extends RetentionInDays implements Retention {

    private static final BatchPurge FINAL_NOTIFICATIONS = new BatchPurge(
            "cfg_partner_notification",
            "notification_id",
            "cfg_notification_attempt",
            "status <> 'PENDING' AND updated_at < ?1");

    /** How long a final notification is kept after its last change; 0 keeps them for ever. */
    @Inject
    @ConfigProperty(name = "otp.config.notification-retention-days", defaultValue = "30")
    long retentionDays;

    @Override
    public String kind() {
        return "partner notifications";
    }

    @Override
    protected long days() {
        return retentionDays;
    }

    @Override
    protected BatchPurge rows() {
        return FINAL_NOTIFICATIONS;
    }
}
