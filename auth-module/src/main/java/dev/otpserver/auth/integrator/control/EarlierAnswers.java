package dev.otpserver.auth.integrator.control;

import dev.otpserver.auth.integrator.entity.Exchange;
import dev.otpserver.auth.otp.control.IdempotentAnswers;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.json.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;

/**
 * The answer already given to a requestId of the payment-integrator dialect: the same again for the same
 * content, an IDEMPOTENCY_VIOLATION for other content. Read in the transaction that would answer it afresh,
 * so that a request takes one transaction, not a lookup of its own before it.
 */
@ApplicationScoped
public class EarlierAnswers {

    @Inject
    IdempotentAnswers answers;

    public Optional<JsonObject> of(Exchange.Key key, String fingerprint) {
        return answers.find(Exchange.class, key)
                .map(kept -> IdempotentAnswers.sameRequest(
                        kept,
                        fingerprint,
                        () -> new GspException(
                                ErrorResponseCode.IDEMPOTENCY_VIOLATION,
                                "requestHeader.requestId " + key.requestId() + " was used before with other content.")))
                .map(exchange -> JsonDocuments.json()
                        .createReader(new StringReader(exchange.answer()))
                        .readObject());
    }
}
