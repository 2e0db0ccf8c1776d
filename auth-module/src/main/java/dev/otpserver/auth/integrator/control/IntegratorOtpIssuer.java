package dev.otpserver.auth.integrator.control;

import dev.otpserver.auth.integrator.entity.Association;
import dev.otpserver.auth.integrator.entity.Exchange;
import dev.otpserver.auth.integrator.entity.IntegratorMethod;
import dev.otpserver.auth.integrator.entity.IntegratorOtp;
import dev.otpserver.auth.otp.control.CodeHolder;
import dev.otpserver.auth.otp.control.IdempotentAnswers;
import dev.otpserver.auth.otp.control.OneTimeCodes;
import dev.otpserver.auth.otp.control.OneTimeCodes.Fresh;
import dev.otpserver.auth.otp.control.OtpPolicies;
import dev.otpserver.auth.otp.control.OtpPolicy;
import dev.otpserver.auth.user.control.UserStore;
import dev.otpserver.auth.user.entity.EndUser;
import dev.otpserver.auth.user.entity.UserStatus;
import dev.otpserver.common.gsp.CallerKeyDirectory.Caller;
import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.Destinations;
import dev.otpserver.common.notification.MessageKind;
import dev.otpserver.common.notification.MessageOutbox;
import dev.otpserver.common.notification.OutboundMessage;
import dev.otpserver.common.secret.Pepper;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Answers one sendOtp in one transaction: the answer to its requestId, and on SUCCESS the code and the SMS
 * that carries it, are written together or not at all. Declines are answers too, kept for the requestId; a
 * requestId already answered gets that answer, found in the same transaction.
 */
@Stateless
public class IntegratorOtpIssuer {

    private static final Logger LOG = Logger.getLogger(IntegratorOtpIssuer.class.getName());
    private static final String DEFAULT_LOCALE = "en";

    @Inject
    IntegratorStore store;

    @Inject
    EarlierAnswers earlierAnswers;

    @Inject
    IdempotentAnswers answers;

    @Inject
    UserStore users;

    @Inject
    OtpPolicies policies;

    @Inject
    OneTimeCodes codes;

    @Inject
    MessageOutbox outbox;

    @Inject
    Pepper pepper;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    public JsonObject send(Caller caller, SendOtpRequest request, String fingerprint) {
        Instant now = clock.instant();
        Exchange.Key key = new Exchange.Key(
                caller.clientId(), IntegratorMethod.SEND_OTP, request.header().requestId());
        Optional<JsonObject> earlier = earlierAnswers.of(key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Destination destination;
        try {
            destination = destination(caller, request);
        } catch (Declined declined) {
            return answer(key, fingerprint, declined.result, null, now);
        }
        String destinationHash = CodeHolder.phoneHash(pepper, destination.phone());
        store.lockGate(destinationHash, now);
        OtpPolicy policy = policies.of(caller.clientId(), DeliveryChannel.SMS);
        OtpPolicy.RecentSends recent = store.recentSends(destinationHash, now.minus(policy.sendWindow()));
        if (policy.sentTooMany(recent) || policy.sentTooSoon(recent, now)) {
            metrics.rateLimited(OtpMetrics.Dialect.PAYMENT_INTEGRATOR);
            return answer(key, fingerprint, SendOtpResult.OTP_LIMIT_REACHED, null, now);
        }
        Fresh code = codes.issue(policy, now);
        store.add(new IntegratorOtp(
                code.codeId(), key, destinationHash, destination.userId().orElse(null), code.code(), now));
        text(caller, request, destination, code);
        metrics.codeIssued(OtpMetrics.Dialect.PAYMENT_INTEGRATOR);
        LOG.info(() -> "Issued a code for sendOtp " + key.requestId() + " of client " + caller.clientId() + " to "
                + Destinations.masked(destination.phone()));
        return answer(key, fingerprint, SendOtpResult.SUCCESS, code.codeId(), now);
    }

    private Destination destination(Caller caller, SendOtpRequest request) throws Declined {
        if (request.accountPhoneNumber().isPresent()) {
            String phone = request.accountPhoneNumber().get();
            if (!Destinations.valid(DeliveryChannel.SMS, phone)) {
                throw new Declined(SendOtpResult.INVALID_PHONE_NUMBER);
            }
            return new Destination(phone, DEFAULT_LOCALE, Optional.empty());
        }
        String associationId = request.associationId().orElseThrow();
        Association association = store.association(caller.clientId(), associationId)
                .orElseThrow(() -> new GspException(
                        ErrorResponseCode.INVALID_IDENTIFIER,
                        "associationId: no association " + associationId + " is known for this caller."));
        EndUser user = users.find(association.userId())
                .filter(EndUser::exists)
                .orElseThrow(() -> new Declined(SendOtpResult.ACCOUNT_CLOSED));
        if (user.status() != UserStatus.NORMAL) {
            throw new Declined(SendOtpResult.ACCOUNT_ON_HOLD);
        }
        String phone = user.phone()
                .filter(number -> Destinations.valid(DeliveryChannel.SMS, number))
                .orElseThrow(() -> new Declined(SendOtpResult.INVALID_PHONE_NUMBER));
        return new Destination(phone, user.locale(), Optional.of(user.userId()));
    }

    private void text(Caller caller, SendOtpRequest request, Destination destination, Fresh code) {
        Map<String, String> values = new HashMap<>(code.messageValues(caller.clientName()));
        values.put("smsMatchingToken", request.smsMatchingToken());
        outbox.enqueue(new OutboundMessage(
                caller.clientId(),
                DeliveryChannel.SMS,
                destination.phone(),
                destination.locale(),
                MessageKind.PAYMENT_OTP,
                values));
    }

    private JsonObject answer(Exchange.Key key, String fingerprint, SendOtpResult result, String otpId, Instant now) {
        var answer = JsonDocuments.json().createObjectBuilder();
        if (otpId != null) {
            answer.add("paymentIntegratorSendOtpId", otpId);
        }
        JsonObject json = answer.add("result", result.name()).build();
        answers.keep(new Exchange(key, fingerprint, json.toString(), now));
        return json;
    }

    /** A business decline found while resolving the destination: an answer, not an error. */
    private static final class Declined extends Exception {
        private final SendOtpResult result;

        Declined(SendOtpResult result) {
            super(result.name(), null, false, false);
            this.result = result;
        }
    }
}
