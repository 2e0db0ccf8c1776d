package dev.otpserver.notification.delivery.control;

import dev.otpserver.common.persistence.BatchPurge;
import dev.otpserver.common.persistence.Retention;
import dev.otpserver.common.persistence.RetentionInDays;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets final messages (and their delivery attempts) once their retention is over: they hold destinations in
 * plain text. A message still queued is never purged; a SENT one may still get its receipt until then.
 */
@Stateless
public class MessageRetention extends RetentionInDays implements Retention {

    private static final BatchPurge FINISHED_MESSAGES =
            new BatchPurge("ntf_message", "message_id", "ntf_attempt", "finished_at < ?1");

    /** How long a final message is kept after it became final; 0 keeps messages for ever. */
    @Inject
    @ConfigProperty(name = "otp.notification.retention-days", defaultValue = "30")
    long retentionDays;

    @Override
    public String kind() {
        return "messages";
    }

    @Override
    protected long days() {
        return retentionDays;
    }

    @Override
    protected BatchPurge rows() {
        return FINISHED_MESSAGES;
    }
}
