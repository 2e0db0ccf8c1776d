package dev.otpserver.auth.otp.control;

import dev.otpserver.auth.otp.entity.KeptAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way the dialects keep their answers per request id: an answer is given again only to the same
 * request (the same fingerprint of its content); another request under the same id is refused in the
 * dialect's own words. Each answer is read in the transaction that would otherwise answer afresh.
 */
@ApplicationScoped
public class IdempotentAnswers {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public <T extends KeptAnswer> Optional<T> find(Class<T> kind, Object key) {
        return Optional.ofNullable(entityManager.find(kind, key));
    }

    /** Writes at once, so that a concurrent twin of the request waits for it or collides with it. */
    public void keep(KeptAnswer answer) {
        entityManager.persist(answer);
        entityManager.flush();
    }

    /** The kept answer, when it answered this very request; otherwise the dialect's refusal. */
    public static <T extends KeptAnswer> T sameRequest(
            T kept, String fingerprint, Supplier<? extends RuntimeException> inconsistent) {
        if (!kept.fingerprint().equals(fingerprint)) {
            throw inconsistent.get();
        }
        return kept;
    }
}
