package dev.otpserver.web.replay;

import dev.otpserver.common.replay.SeenRequestStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Records a request in a transaction of its own, committed before the API runs: a twin arriving meanwhile on
 * any node waits for it and is then refused, and what the API does afterwards cannot undo the record.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SightingLedger {

    @Inject
    SeenRequestStore store;

    /** False when the request is on record already. */
    public boolean firstSighting(String digest, String clientId, Instant keptUntil) {
        return store.firstSighting(digest, clientId, keptUntil);
    }
}
