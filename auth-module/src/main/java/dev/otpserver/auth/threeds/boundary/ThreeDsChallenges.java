package dev.otpserver.auth.threeds.boundary;

import static dev.otpserver.common.result.ResultCode.REPEAT_REQ_INCONSISTENT;

import dev.otpserver.auth.otp.control.IdempotentAnswers;
import dev.otpserver.auth.threeds.control.PasscodeIssue;
import dev.otpserver.auth.threeds.control.PasscodeIssuer;
import dev.otpserver.auth.threeds.control.PasscodeVerifier;
import dev.otpserver.auth.threeds.control.ThreeDsStore;
import dev.otpserver.auth.threeds.entity.ThreeDsChallenge;
import dev.otpserver.common.gateway.AuthenticatedCall;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.result.ResultCode;
import dev.otpserver.common.secret.Pepper;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The 3DS use cases. createChallenge is idempotent on (Client-Id, challengeRequestId): the same body gets
 * the first answer again and no second passcode; another body gets REPEAT_REQ_INCONSISTENT. A refusal
 * (PARAM_ILLEGAL) leaves nothing behind, so a corrected repeat under the same id is a new request.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ThreeDsChallenges {

    @Inject
    ThreeDsStore store;

    @Inject
    PasscodeIssuer issuer;

    @Inject
    PasscodeVerifier verifier;

    @Inject
    Pepper pepper;

    public ThreeDsChallenge create(AuthenticatedCall call, CreateChallenge request) {
        String fingerprint = pepper.hash(request.fingerprintParts());
        Optional<ThreeDsChallenge> earlier = store.find(call.clientId(), request.challengeRequestId());
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        try {
            return issuer.issue(issue(call.clientId(), request, fingerprint));
        } catch (EJBException collision) {
            // a twin of this request committed first: answer as it was answered
            return store.find(call.clientId(), request.challengeRequestId())
                    .map(twin -> replay(twin, fingerprint))
                    .orElseThrow(() -> collision);
        }
    }

    public ResultCode verify(AuthenticatedCall call, VerifyChallenge request) {
        try {
            return verifier.verify(call.clientId(), request.challengeRequestId(), request.passcode());
        } catch (EJBException collision) {
            // the first check for a phone made its lock row at the same moment as a twin: check once more
            return verifier.verify(call.clientId(), request.challengeRequestId(), request.passcode());
        }
    }

    private static ThreeDsChallenge replay(ThreeDsChallenge earlier, String fingerprint) {
        return IdempotentAnswers.sameRequest(
                earlier,
                fingerprint,
                () -> new GatewayException(
                        REPEAT_REQ_INCONSISTENT,
                        "The request is inconsistent with an earlier one under the same challengeRequestId."));
    }

    private static PasscodeIssue issue(String clientId, CreateChallenge request, String fingerprint) {
        return new PasscodeIssue(
                clientId,
                request.challengeRequestId(),
                fingerprint,
                request.partnerClientId(),
                request.connectedCustomerId().orElse(""),
                request.assetId(),
                request.cardNoLast4(),
                request.cardBrand(),
                request.merchantName(),
                request.tradeAmount(),
                request.message(),
                request.cardholderPhone(),
                request.locale().orElse("en"));
    }
}
