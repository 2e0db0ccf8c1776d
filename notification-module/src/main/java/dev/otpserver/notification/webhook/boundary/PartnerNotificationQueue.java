package dev.otpserver.notification.webhook.boundary;

import dev.otpserver.common.otpnotify.OtpNotice;
import dev.otpserver.common.otpnotify.PartnerNotifications;
import dev.otpserver.common.secret.SealingKeys;
import dev.otpserver.notification.webhook.control.NotificationBody;
import dev.otpserver.notification.webhook.control.NotificationStore;
import dev.otpserver.notification.webhook.entity.PartnerNotification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/** Queues a notification in the caller's transaction, its body (with the passcode) sealed at rest. Due at once. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PartnerNotificationQueue implements PartnerNotifications {

    @Inject
    NotificationStore store;

    @Inject
    SealingKeys sealingKey;

    @Inject
    Clock clock;

    @Override
    public String enqueue(OtpNotice notice) {
        String notificationId = UUID.randomUUID().toString();
        store.add(new PartnerNotification(
                notificationId,
                notice.partnerClientId(),
                notice.customerId() == null ? "" : notice.customerId(),
                sealingKey.seal(NotificationBody.of(notice)),
                notice.challengeExpiryTime(),
                clock.instant()));
        return notificationId;
    }
}
