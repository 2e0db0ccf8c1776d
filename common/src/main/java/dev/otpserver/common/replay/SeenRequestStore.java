package dev.otpserver.common.replay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Requests already seen, by the digest of what their client signed, in the caller's transaction. */
@ApplicationScoped
public class SeenRequestStore {

    private static final String ADD_UNSEEN =
            "INSERT INTO gw_seen_request (digest, client_id, kept_until) SELECT ?1, ?2, ?3"
                    + " WHERE NOT EXISTS (SELECT 1 FROM gw_seen_request WHERE digest = ?1)";

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    /**
     * Records a request until {@code keptUntil}; false when it is on record already. A twin recorded by a
     * transaction still open waits for it and then fails on the key rather than returning false.
     */
    public boolean firstSighting(String digest, String clientId, Instant keptUntil) {
        return entityManager
                        .createNativeQuery(ADD_UNSEEN)
                        .setParameter(1, digest)
                        .setParameter(2, clientId)
                        .setParameter(3, OffsetDateTime.ofInstant(keptUntil, ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    /** Forgets what no fresh request can repeat any more; returns how many went. */
    public int forgetBefore(Instant before) {
        return entityManager
                .createNativeQuery("DELETE FROM gw_seen_request WHERE kept_until < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .executeUpdate();
    }
}
