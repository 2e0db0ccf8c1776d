package dev.otpserver.notification.webhook.control;

import dev.otpserver.common.persistence.BatchPurge;
import dev.otpserver.common.persistence.Retention;
import dev.otpserver.common.persistence.RetentionInDays;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Forgets final partner notifications (acknowledged, stopped by the partner, or dead) and their attempts once their
 * retention is over. A notification still pending is never purged, however old.
 */
@Stateless
public class NotificationRetention extends RetentionInDays implements Retention {

    private static final BatchPurge FINAL_NOTIFICATIONS = new BatchPurge(
            "ntf_webhook", "notification_id", "ntf_webhook_attempt", "status <> 'PENDING' AND updated_at < ?1");

    @Inject
    WebhookSettings settings;

    @Override
    public String kind() {
        return "partner notifications";
    }

    @Override
    protected long days() {
        return settings.retentionDays();
    }

    @Override
    protected BatchPurge rows() {
        return FINAL_NOTIFICATIONS;
    }
}
