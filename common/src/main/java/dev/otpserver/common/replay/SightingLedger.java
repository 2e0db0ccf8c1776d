package dev.otpserver.common.replay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records a sighting in a transaction of its own, committed before the caller goes on: a twin arriving meanwhile on
 * any node waits for it and is then refused, and what the caller does afterwards cannot undo the record.
 */
@ApplicationScoped
public class SightingLedger {

    @Inject
    SeenRequestStore store;

    /**
     * False when the request is on record already. A twin committed while this one waited makes the insert fail
     * on the key instead: {@link RequestSightings#violatesUniqueKey} tells that failure apart.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean firstSighting(Sighting sighting) {
        return store.firstSighting(sighting.digest(), sighting.clientId(), sighting.keptUntil());
    }
}
