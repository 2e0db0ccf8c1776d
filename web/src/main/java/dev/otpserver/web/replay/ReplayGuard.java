package dev.otpserver.web.replay;

import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;

import dev.otpserver.common.gateway.AuthenticatedCall;
import dev.otpserver.common.gateway.GatewaySettings;
import dev.otpserver.common.replay.RequestSightings;
import dev.otpserver.common.replay.Sighting;
import dev.otpserver.common.replay.SightingLedger;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.web.intake.RequestTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a signed request that the gateway let through before, unless its API is idempotent. Called once the
 * signature is verified, so that only a client's own requests are recorded: here, in a transaction of its own
 * before the API runs, or by the API itself in its own transaction for those of {@link SelfRecordingApis}. A record
 * is kept twice the Request-Time window past the request's time: once for the window, once more for nodes whose
 * clocks lag.
 */
@ApplicationScoped
public class ReplayGuard {

    private final Set<String> recording = ConcurrentHashMap.newKeySet();

    @Inject
    SightingLedger ledger;

    @Inject
    GatewaySettings settings;

    @Inject
    RequestSightings sightings;

    /** @throws GatewayException PARAM_ILLEGAL when {@code call} is a replay of a request to an API that is not idempotent */
    public void refuseReplay(HttpServletRequest request, byte[] body, AuthenticatedCall call) {
        String path = RequestTarget.path(request);
        if (ReplayableApis.contains(path)) {
            return;
        }
        String uri = request.getQueryString() == null
                ? RequestTarget.uri(request)
                : RequestTarget.uri(request) + "?" + request.getQueryString();
        String digest = RequestDigest.of(
                request.getMethod(), uri, call.clientId(), call.requestTime().text(), body);
        Instant keptUntil =
                call.requestTime().instant().plus(settings.requestTimeWindow().multipliedBy(2));
        Sighting sighting = new Sighting(digest, call.clientId(), keptUntil);
        if (SelfRecordingApis.contains(path)) {
            sightings.defer(sighting);
            return;
        }
        if (!firstSighting(sighting)) {
            throw new GatewayException(PARAM_ILLEGAL, RequestSightings.REPLAYED);
        }
    }

    /**
     * A copy that this node is recording at this moment is refused at once, so that a burst of copies does not
     * queue up on the key; a twin recorded by another node makes the insert fail on the key once the twin
     * commits: a replay too.
     */
    private boolean firstSighting(Sighting sighting) {
        if (!recording.add(sighting.digest())) {
            return false;
        }
        try {
            return ledger.firstSighting(sighting);
        } catch (RuntimeException failed) {
            if (RequestSightings.violatesUniqueKey(failed)) {
                return false;
            }
            throw failed;
        } finally {
            recording.remove(sighting.digest());
        }
    }
}
