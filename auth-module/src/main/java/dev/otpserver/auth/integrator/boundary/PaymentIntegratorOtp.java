package dev.otpserver.auth.integrator.boundary;

import dev.otpserver.auth.integrator.control.EarlierAnswers;
import dev.otpserver.auth.integrator.control.IntegratorOtpIssuer;
import dev.otpserver.auth.integrator.control.IntegratorOtpVerifier;
import dev.otpserver.auth.integrator.control.SendOtpRequest;
import dev.otpserver.auth.integrator.control.VerifyOtpRequest;
import dev.otpserver.auth.integrator.entity.Exchange;
import dev.otpserver.auth.integrator.entity.IntegratorMethod;
import dev.otpserver.common.gsp.CallerKeyDirectory.Caller;
import dev.otpserver.common.gsp.GspSettings;
import dev.otpserver.common.secret.Pepper;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The payment-integrator dialect's use cases, each answered once per requestId: a repeat with the same
 * content gets the first answer again (and no second SMS), other content under the same requestId is an
 * IDEMPOTENCY_VIOLATION. Refusals (errors) are not kept, so a corrected retry under the same requestId is
 * processed afresh. Each attempt runs in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentIntegratorOtp {

    @Inject
    IntegratorOtpIssuer issuer;

    @Inject
    IntegratorOtpVerifier verifier;

    @Inject
    EarlierAnswers earlierAnswers;

    @Inject
    GspSettings settings;

    @Inject
    Pepper pepper;

    @Inject
    Clock clock;

    /** The answer to a decrypted, verified sendOtp body, without its responseHeader. */
    public JsonObject sendOtp(Caller caller, JsonObject body) {
        SendOtpRequest request = SendOtpRequest.from(body, clock.instant(), settings.timestampWindow());
        String fingerprint = pepper.hash(request.fingerprintParts());
        Exchange.Key key = new Exchange.Key(
                caller.clientId(), IntegratorMethod.SEND_OTP, request.header().requestId());
        return once(key, fingerprint, () -> issuer.send(caller, request, fingerprint));
    }

    /** The answer to a decrypted, verified verifyOtp body, without its responseHeader. */
    public JsonObject verifyOtp(Caller caller, JsonObject body) {
        VerifyOtpRequest request = VerifyOtpRequest.from(body, clock.instant(), settings.timestampWindow());
        String fingerprint = pepper.hash(request.fingerprintParts());
        Exchange.Key key = new Exchange.Key(
                caller.clientId(), IntegratorMethod.VERIFY_OTP, request.header().requestId());
        return once(key, fingerprint, () -> verifier.verify(caller, request, fingerprint));
    }

    /**
     * The attempt's answer, which is the stored one where {@code key} has one (the attempt reads it in its own
     * transaction). A twin request that commits first makes the attempt collide on the key (or on a new send
     * gate): then its answer is given, or the attempt is made once more.
     */
    private JsonObject once(Exchange.Key key, String fingerprint, Supplier<JsonObject> attempt) {
        try {
            return attempt.get();
        } catch (EJBException collision) {
            return earlierAnswers.of(key, fingerprint).orElseGet(attempt);
        }
    }
}
