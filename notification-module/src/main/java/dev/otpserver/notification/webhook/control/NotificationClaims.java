package dev.otpserver.notification.webhook.control;

import dev.otpserver.common.otpnotify.NotifyEndpoints;
import dev.otpserver.common.secret.SealingKeys;
import dev.otpserver.notification.webhook.entity.PartnerNotification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Claims due notifications in a short transaction of its own: the rows are locked only while they are
 * marked (claim token, lease), so that the sends run afterwards, in parallel, without holding a lock, and
 * no other node takes them until the lease ends.
 */
@Stateless
public class NotificationClaims {

    @Inject
    NotificationStore store;

    @Inject
    NotifyEndpoints endpoints;

    @Inject
    SealingKeys sealingKey;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    /** At most {@code limit} due notifications, oldest due first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claim> claimDue(int limit) {
        Instant now = clock.instant();
        return store.lockDue(now, limit).stream().map(due -> claim(due, now)).toList();
    }

    /** Dead letters keep their passcode only while the challenge lives. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void scrubExpiredDeadLetters() {
        store.scrubExpiredDeadLetters(clock.instant());
    }

    private Claim claim(PartnerNotification due, Instant now) {
        String token = UUID.randomUUID().toString();
        Instant leaseEnds = now.plus(settings.claimLease());
        due.claim(token, now, leaseEnds);
        String body = due.sealedBody().map(sealingKey::open).orElse("");
        return new Claim(
                due.notificationId(),
                token,
                due.clientId(),
                due.roundAttempts() + 1,
                body,
                endpoints.notifyUrl(due.clientId()),
                leaseEnds);
    }
}
