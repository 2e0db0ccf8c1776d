package dev.otpserver.auth.otp.control;

import dev.otpserver.auth.user.entity.EndUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The wrong codes of each holder (table {@code auth_wrong_code}), in the caller's transaction. */
@ApplicationScoped
public class WrongCodeStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    /**
     * Locks the holder's own row until the transaction ends, so that its codes are judged one after the other on
     * any node: the user's, or the phone number's send gate, made here when no code went to it by sendOtp. Two
     * first gates of one number at once collide on the key; the loser's transaction rolls back.
     */
    public void lock(CodeHolder holder, Instant now) {
        if (holder.kind() == CodeHolder.Kind.USER) {
            // as an entity, so that the user's checks in the same transaction read it from the persistence context
            entityManager.find(EndUser.class, holder.id(), LockModeType.PESSIMISTIC_WRITE);
        } else if (entityManager
                .createNativeQuery("SELECT destination_hash FROM auth_send_gate WHERE destination_hash = ?1 FOR UPDATE")
                .setParameter(1, holder.id())
                .getResultList()
                .isEmpty()) {
            entityManager
                    .createNativeQuery("INSERT INTO auth_send_gate (destination_hash, created_at) VALUES (?1, ?2)")
                    .setParameter(1, holder.id())
                    .setParameter(2, utc(now))
                    .executeUpdate();
        }
    }

    public long failuresSince(CodeHolder holder, Instant since) {
        return ((Number) entityManager
                        .createNativeQuery(
                                "SELECT COUNT(*) FROM auth_wrong_code WHERE holder_key = ?1 AND failed_at > ?2")
                        .setParameter(1, holder.key())
                        .setParameter(2, utc(since))
                        .getSingleResult())
                .longValue();
    }

    public void add(CodeHolder holder, Instant at) {
        entityManager
                .createNativeQuery("INSERT INTO auth_wrong_code (holder_key, failed_at) VALUES (?1, ?2)")
                .setParameter(1, holder.key())
                .setParameter(2, utc(at))
                .executeUpdate();
    }

    public void forget(CodeHolder holder) {
        entityManager
                .createNativeQuery("DELETE FROM auth_wrong_code WHERE holder_key = ?1")
                .setParameter(1, holder.key())
                .executeUpdate();
    }

    /** Forgets wrong codes older than {@code before}; returns how many went. */
    public int forgetBefore(Instant before) {
        return entityManager
                .createNativeQuery("DELETE FROM auth_wrong_code WHERE failed_at < ?1")
                .setParameter(1, utc(before))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
