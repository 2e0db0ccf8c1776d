package dev.otpserver.auth.otp.control;

import dev.otpserver.auth.user.entity.EndUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The wrong codes of each holder (table {@code auth_wrong_code}), in the caller's transaction, with how many
 * the holder has on record (column {@code wrong_codes} of its row), changed together with the rows.
 */
@ApplicationScoped
public class WrongCodeStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    /**
     * Locks the holder's own row until the transaction ends, so that its codes are judged one after the other on
     * any node: the user's, or the phone number's send gate, made here when no code went to it by sendOtp. Two
     * first gates of one number at once collide on the key; the loser's transaction rolls back.
     *
     * @return the wrong codes the holder has on record: never fewer than those within any window
     */
    public long lock(CodeHolder holder, Instant now) {
        if (holder.kind() == CodeHolder.Kind.USER) {
            // as an entity, so that the user's checks in the same transaction read it from the persistence context;
            // a user already locked there (the wallet's verification locks it with its challenge) is not read again
            EndUser user = entityManager.find(EndUser.class, holder.id(), LockModeType.PESSIMISTIC_WRITE);
            return user == null ? 0 : user.wrongCodesOnRecord();
        }
        List<?> gate = entityManager
                .createNativeQuery("SELECT wrong_codes FROM auth_send_gate WHERE destination_hash = ?1 FOR UPDATE")
                .setParameter(1, holder.id())
                .getResultList();
        if (!gate.isEmpty()) {
            return ((Number) gate.get(0)).longValue();
        }
        entityManager
                .createNativeQuery("INSERT INTO auth_send_gate (destination_hash, created_at) VALUES (?1, ?2)")
                .setParameter(1, holder.id())
                .setParameter(2, utc(now))
                .executeUpdate();
        return 0;
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

    /** With the holder locked. */
    public void add(CodeHolder holder, Instant at) {
        entityManager
                .createNativeQuery("INSERT INTO auth_wrong_code (holder_key, failed_at) VALUES (?1, ?2)")
                .setParameter(1, holder.key())
                .setParameter(2, utc(at))
                .executeUpdate();
        setOnRecord(holder, "wrong_codes + 1");
    }

    /** With the holder locked. */
    public void forget(CodeHolder holder) {
        entityManager
                .createNativeQuery("DELETE FROM auth_wrong_code WHERE holder_key = ?1")
                .setParameter(1, holder.key())
                .executeUpdate();
        setOnRecord(holder, "0");
    }

    private void setOnRecord(CodeHolder holder, String value) {
        String row = holder.kind() == CodeHolder.Kind.USER
                ? "auth_user SET wrong_codes = " + value + " WHERE user_id = ?1"
                : "auth_send_gate SET wrong_codes = " + value + " WHERE destination_hash = ?1";
        entityManager
                .createNativeQuery("UPDATE " + row)
                .setParameter(1, holder.id())
                .executeUpdate();
    }

    /**
     * Forgets wrong codes older than {@code before}; returns how many went. The holders' counts on record stay as
     * they are: a count that no longer fits its window only costs the holder an exact count at its next check.
     */
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
