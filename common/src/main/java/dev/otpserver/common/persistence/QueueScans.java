package dev.otpserver.common.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * A claim from a queue table (outbox, partner notifications) should read the oldest due rows in index order and
 * stop at its batch size. PostgreSQL's planner, with statistics taken before a burst of rows arrived, may rather
 * read every due row and sort them all (a bitmap scan): a claim then costs as much as the backlog is long, just
 * when the queue most needs to drain.
 */
public final class QueueScans {

    private QueueScans() {}

    /** For the rest of the current transaction on PostgreSQL; H2 plans these claims well as it is. */
    public static void inIndexOrder(EntityManager entityManager) {
        if (entityManager
                        .getEntityManagerFactory()
                        .unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices()
                        .getDialect()
                instanceof PostgreSQLDialect) {
            entityManager.createNativeQuery("SET LOCAL enable_bitmapscan = off").executeUpdate();
        }
    }
}
