package dev.otpserver.common.persistence;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** A {@link Retention} counted in days, of the rows one {@link BatchPurge} names; a stateless EJB of its module. */
public abstract class RetentionInDays implements Retention {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The days the module's setting names; 0 or less keeps the rows for ever. */
    protected abstract long days();

    protected abstract BatchPurge rows();

    @Override
    public Optional<Duration> kept() {
        return days() > 0 ? Optional.of(Duration.ofDays(days())) : Optional.empty();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeBatch(Duration kept) {
        return rows().deleteBatch(entityManager, clock.instant().minus(kept));
    }
}
