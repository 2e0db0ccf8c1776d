package dev.otpserver.notification.delivery.control;

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
 * Forgets final messages (and their delivery attempts) once their retention is over: they hold destinations in
 * plain text. A message still queued is never purged; a SENT one may still get its receipt until then.
 */
@Stateless
public class MessageRetention implements Retention {

    private static final BatchPurge FINISHED_MESSAGES = new BatchPurge("ntf_message", "message_id", "ntf_attempt", "finished_at < ?1");

    /** How long a final message is kept after it became final; 0 keeps messages for ever. */
    @Inject
    @ConfigProperty(name = "otp.notification.retention-days", defaultValue = "30")
    long retentionDays;

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return "messages";
    }

    @Override
    public Optional<Duration> kept() {
        return retentionDays > 0 ? Optional.of(Duration.ofDays(retentionDays)) : Optional.empty();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeBatch(Duration kept) {
        return FINISHED_MESSAGES.deleteBatch(entityManager, clock.instant().minus(kept));
    }
}
