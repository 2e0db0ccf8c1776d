package dev.otpserver.auth.challenge.control;

import dev.otpserver.auth.challenge.entity.InitRequest;
import dev.otpserver.common.result.GatewayException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** The final answers given to initAuthentication request ids, each read or written in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InitAnswers {

    @Inject
    ChallengeStore challenges;

    @Inject
    Clock clock;

    public Optional<InitRequest> find(String clientId, String requestId) {
        return challenges.initRequest(clientId, requestId);
    }

    /** Keeps a final failure, so that the same request again gets the same answer and sends nothing. */
    public void recordFailure(String clientId, String requestId, String fingerprint, GatewayException failure) {
        if (challenges.initRequest(clientId, requestId).isEmpty()) {
            challenges.add(new InitRequest(clientId, requestId, fingerprint, failure.code().name(), failure.getMessage(),
                    clock.instant()));
        }
    }
}
