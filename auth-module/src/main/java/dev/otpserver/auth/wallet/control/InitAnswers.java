package dev.otpserver.auth.wallet.control;

import dev.otpserver.auth.otp.control.IdempotentAnswers;
import dev.otpserver.auth.wallet.entity.InitRequest;
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
    IdempotentAnswers answers;

    @Inject
    Clock clock;

    public Optional<InitRequest> find(String clientId, String requestId) {
        return answers.find(InitRequest.class, new InitRequest.Key(clientId, requestId));
    }

    /** Keeps a final failure, so that the same request again gets the same answer and sends nothing. */
    public void recordFailure(String clientId, String requestId, String fingerprint, GatewayException failure) {
        if (find(clientId, requestId).isEmpty()) {
            answers.keep(new InitRequest(
                    clientId, requestId, fingerprint, failure.code().name(), failure.getMessage(), clock.instant()));
        }
    }
}
