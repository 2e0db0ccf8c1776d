package dev.otpserver.auth.wallet.control;

import dev.otpserver.common.result.Result;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The answers to initAuthentication request ids (entity {@code InitRequest}), in the caller's transaction. */
@ApplicationScoped
public class InitRequests {

    private static final String KEEP_UNLESS_ANSWERED = "INSERT INTO auth_init_request"
            + " (client_id, request_id, fingerprint, result_code, result_message, created_at)"
            + " SELECT ?1, ?2, ?3, ?4, ?5, ?6"
            + " WHERE NOT EXISTS (SELECT 1 FROM auth_init_request WHERE client_id = ?1 AND request_id = ?2)";

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    /**
     * Keeps the answer to a request id that has none yet, written at once and in one round trip: false when the
     * request id is answered already. A twin of the request whose transaction is still open makes the insert wait
     * for it and then fail on the key, rolling this transaction back.
     */
    public boolean keepIfNew(String clientId, String requestId, String fingerprint, Result answer, Instant now) {
        return entityManager
                        .createNativeQuery(KEEP_UNLESS_ANSWERED)
                        .setParameter(1, clientId)
                        .setParameter(2, requestId)
                        .setParameter(3, fingerprint)
                        .setParameter(4, answer.resultCode())
                        .setParameter(5, answer.resultMessage())
                        .setParameter(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }
}
