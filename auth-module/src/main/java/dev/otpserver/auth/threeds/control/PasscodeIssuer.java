package dev.otpserver.auth.threeds.control;

import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;

import dev.otpserver.auth.otp.control.CodeHolder;
import dev.otpserver.auth.otp.control.OneTimeCodes;
import dev.otpserver.auth.otp.control.OneTimeCodes.Fresh;
import dev.otpserver.auth.otp.control.OtpPolicies;
import dev.otpserver.auth.otp.control.OtpPolicy;
import dev.otpserver.auth.threeds.entity.PasscodeDelivery;
import dev.otpserver.auth.threeds.entity.ThreeDsChallenge;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.Destinations;
import dev.otpserver.common.notification.InvalidDestinationException;
import dev.otpserver.common.notification.MessageKind;
import dev.otpserver.common.notification.MessageOutbox;
import dev.otpserver.common.notification.OutboundMessage;
import dev.otpserver.common.otpnotify.NotifyPreferences;
import dev.otpserver.common.otpnotify.OtpNotice;
import dev.otpserver.common.otpnotify.PartnerNotifications;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.secret.Pepper;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Issues a 3DS passcode in one transaction: the challenge and the passcode's way out (a push to the card
 * partner when its account's preference is ON, an SMS to the cardholder when OFF) are written together, or
 * neither is. The passcode follows the caller's OTP policy (length, lifetime, attempts; SMS lifetime).
 */
@Stateless
public class PasscodeIssuer {

    private static final Logger LOG = Logger.getLogger(PasscodeIssuer.class.getName());

    @Inject
    ThreeDsStore store;

    @Inject
    OtpPolicies policies;

    @Inject
    OneTimeCodes codes;

    @Inject
    NotifyPreferences preferences;

    @Inject
    PartnerNotifications partnerNotifications;

    @Inject
    MessageOutbox outbox;

    @Inject
    Pepper pepper;

    @Inject
    Clock clock;

    @Inject
    OtpMetrics metrics;

    public ThreeDsChallenge issue(PasscodeIssue issue) {
        Instant now = clock.instant();
        OtpPolicy policy = policies.of(issue.clientId(), DeliveryChannel.SMS);
        PasscodeDelivery delivery = preferences.pushesToPartner(issue.partnerClientId(), issue.customerId())
                ? PasscodeDelivery.PARTNER
                : PasscodeDelivery.SMS;
        Fresh passcode = codes.issue(policy, now);
        ThreeDsChallenge challenge = new ThreeDsChallenge(
                passcode.codeId(),
                new ThreeDsChallenge.Request(issue.clientId(), issue.requestId(), issue.fingerprint()),
                issue.partnerClientId(),
                delivery,
                cardholderPhoneHash(issue),
                passcode.code(),
                now);
        store.add(challenge);
        if (delivery == PasscodeDelivery.PARTNER) {
            push(issue, passcode.value(), now, challenge.code().expiresAt());
        } else {
            text(issue, passcode);
        }
        metrics.codeIssued(OtpMetrics.Dialect.THREEDS);
        LOG.info(() -> "Issued a 3DS passcode for request " + issue.requestId() + " of client " + issue.clientId()
                + " by " + delivery);
        return challenge;
    }

    /** Whose wrong passcodes count together: the cardholder's phone, wherever the passcode went. */
    private Optional<String> cardholderPhoneHash(PasscodeIssue issue) {
        return issue.cardholderPhone()
                .filter(phone -> Destinations.valid(DeliveryChannel.SMS, phone))
                .map(phone -> CodeHolder.phoneHash(pepper, phone));
    }

    private void push(PasscodeIssue issue, String passcode, Instant now, Instant expiry) {
        partnerNotifications.enqueue(new OtpNotice(
                issue.partnerClientId(),
                issue.customerId(),
                issue.assetId(),
                issue.cardNoLast4(),
                issue.merchantName(),
                passcode,
                issue.cardBrand(),
                issue.message(),
                issue.tradeAmount(),
                now,
                expiry));
    }

    private void text(PasscodeIssue issue, Fresh passcode) {
        String phone = issue.cardholderPhone()
                .orElseThrow(() -> new GatewayException(
                        PARAM_ILLEGAL,
                        "cardholderPhone is required: the partner's account does not take passcodes by API."));
        try {
            outbox.enqueue(new OutboundMessage(
                    issue.clientId(),
                    DeliveryChannel.SMS,
                    phone,
                    issue.locale(),
                    MessageKind.THREEDS_PASSCODE,
                    passcode.messageValues(issue.merchantName().orElse("Card payment"))));
        } catch (InvalidDestinationException unusable) {
            throw new GatewayException(PARAM_ILLEGAL, "cardholderPhone must be an E.164 number, e.g. +15550100001.");
        }
    }
}
