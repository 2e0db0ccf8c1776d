package dev.otpserver.common.replay;

import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;

import dev.otpserver.common.result.GatewayException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;

/**
 * The sighting of the current request, when its API records it in its own transaction instead of the gateway
 * in one of its own before the API runs: the gateway leaves it here once the signature is verified, and the
 * API's transactional service records it before it changes anything. A twin recorded by a transaction still
 * open, on any node, makes the insert wait for it; once the twin commits this one is refused as a replay. If
 * the API's transaction rolls back, the sighting goes with it, together with everything it guarded.
 */
@RequestScoped
public class RequestSightings {

    /** What a replay is told, whichever transaction found it. */
    public static final String REPLAYED =
            "This request (the same Client-Id, Request-Time, body and signature) was received before; "
                    + "a replay changes nothing. Sign a retry afresh with a new Request-Time.";

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    SeenRequestStore store;

    private Sighting deferred;

    /** Called by the gateway: the API of this request records it itself, with {@link #recordInTransaction()}. */
    public void defer(Sighting sighting) {
        deferred = sighting;
    }

    /**
     * Records the deferred sighting, if any, in the caller's transaction; does nothing for a request whose
     * gateway records sightings itself.
     *
     * @throws GatewayException PARAM_ILLEGAL when the request is on record already (its transaction then rolls back)
     */
    public void recordInTransaction() {
        Sighting sighting = deferred;
        if (sighting == null) {
            return;
        }
        deferred = null;
        boolean first;
        try {
            first = store.firstSighting(sighting.digest(), sighting.clientId(), sighting.keptUntil());
        } catch (RuntimeException failed) {
            if (!violatesUniqueKey(failed)) {
                throw failed;
            }
            first = false;
        }
        if (!first) {
            throw new GatewayException(PARAM_ILLEGAL, REPLAYED);
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
