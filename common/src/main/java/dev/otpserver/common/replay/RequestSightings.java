package dev.otpserver.common.replay;

import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;

import dev.otpserver.common.result.GatewayException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sighting of the current request, when its API records it in its own transaction instead of the gateway
 * in one of its own before the API runs: the gateway leaves it here once the signature is verified, and the
 * API's transactional service records it before it changes anything. A twin recorded by a transaction still
 * open, on any node, makes the insert wait for it; once the twin commits this one is refused as a replay. So
 * at most one copy of a request has an effect. When the API's transaction rolls back, or the API refuses the
 * request before it, the API records the sighting alone afterwards ({@link #recordAloneUnless}), so that a copy
 * sent later is refused as the gateway refuses it, whatever has changed meanwhile.
 */
@RequestScoped
public class RequestSightings {

    /** What a replay is told, whichever transaction found it. */
    public static final String REPLAYED =
            "This request (the same Client-Id, Request-Time, body and signature) was received before; "
                    + "a replay changes nothing. Sign a retry afresh with a new Request-Time.";

    private static final Logger LOG = Logger.getLogger(RequestSightings.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    SeenRequestStore store;

    @Inject
    SightingLedger ledger;

    private Sighting pending;

    /** Called by the gateway: the API of this request records it itself, with {@link #recordInTransaction()}. */
    public void defer(Sighting sighting) {
        pending = sighting;
    }

    /**
     * Records the deferred sighting, if any, in the caller's transaction; does nothing for a request whose
     * gateway records sightings itself.
     *
     * @throws GatewayException PARAM_ILLEGAL when the request is on record already (its transaction then rolls back)
     */
    public void recordInTransaction() {
        if (pending == null) {
            return;
        }
        boolean first;
        try {
            first = store.firstSighting(pending.digest(), pending.clientId(), pending.keptUntil());
        } catch (RuntimeException failed) {
            if (!violatesUniqueKey(failed)) {
                throw failed;
            }
            first = false;
        }
        if (!first) {
            pending = null;
            throw new GatewayException(PARAM_ILLEGAL, REPLAYED);
        }
    }

    /**
     * Called by the API once its transaction has ended, or once it refused the request without one: unless that
     * transaction committed the sighting, records it in a transaction of its own. A copy found on record then was
     * recorded by a twin: nothing to do.
     */
    public void recordAloneUnless(boolean committed) {
        Sighting sighting = pending;
        pending = null;
        if (sighting == null || committed) {
            return;
        }
        try {
            ledger.firstSighting(sighting);
        } catch (RuntimeException failed) {
            if (!violatesUniqueKey(failed)) {
                LOG.log(Level.WARNING, "A refused request's sighting could not be put on record", failed);
            }
        }
    }

    /** A twin of the request, committed while this one waited for it, made the insert fail on the key. */
    public static boolean violatesUniqueKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
