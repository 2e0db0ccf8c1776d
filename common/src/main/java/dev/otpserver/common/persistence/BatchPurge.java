package dev.otpserver.common.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Deletes rows past their retention a batch at a time, with the rows of a child table that point at them, in the
 * caller's transaction. A row another transaction holds (a sender, a receipt) is skipped and taken by a later batch,
 * so that a purge never waits on, nor holds up, the sending path. Same SQL on PostgreSQL and H2.
 *
 * @param table       the parent table
 * @param id          its primary key, also the child table's reference to it
 * @param childTable  the table whose rows reference the parent's
 * @param oldCondition SQL that holds for a parent row past retention, with {@code ?1} the moment it must be older than
 */
public record BatchPurge(String table, String id, String childTable, String oldCondition) {

    /** Rows of each transaction: few enough that a purge never holds many locks for long. */
    public static final int BATCH = 500;

    /** How many rows went, at most {@link #BATCH}; fewer means nothing more is due now. */
    public int deleteBatch(EntityManager entityManager, Instant before) {
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager
                .createNativeQuery("SELECT " + id + " FROM " + table + " WHERE " + oldCondition + " FETCH FIRST "
                        + BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        entityManager
                .createNativeQuery("DELETE FROM " + childTable + " WHERE " + id + " IN (?1)")
                .setParameter(1, ids)
                .executeUpdate();
        entityManager
                .createNativeQuery("DELETE FROM " + table + " WHERE " + id + " IN (?1)")
                .setParameter(1, ids)
                .executeUpdate();
        return ids.size();
    }
}
