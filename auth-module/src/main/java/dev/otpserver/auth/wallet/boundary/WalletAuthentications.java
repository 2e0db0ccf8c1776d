package dev.otpserver.auth.wallet.boundary;

import static dev.otpserver.common.result.ResultCode.REPEAT_REQ_INCONSISTENT;
import static dev.otpserver.common.result.ResultCode.REQUEST_TRAFFIC_EXCEED_LIMIT;

import dev.otpserver.auth.otp.control.IdempotentAnswers;
import dev.otpserver.auth.otp.control.OtpPolicies;
import dev.otpserver.auth.otp.control.TrafficLimiter;
import dev.otpserver.auth.wallet.control.AlreadyAnswered;
import dev.otpserver.auth.wallet.control.CodeIssuer;
import dev.otpserver.auth.wallet.control.CodeIssuer.Issue;
import dev.otpserver.auth.wallet.control.CodeVerifier;
import dev.otpserver.auth.wallet.control.InitAnswers;
import dev.otpserver.auth.wallet.entity.InitRequest;
import dev.otpserver.common.gateway.AuthenticatedCall;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.replay.RequestSightings;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.result.Result;
import dev.otpserver.common.result.ResultCode;
import dev.otpserver.common.result.ResultStatus;
import dev.otpserver.common.secret.Pepper;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The wallet dialect's use cases. Each step runs in a transaction of its own (its EJB's), so that a final failure
 * can be remembered for its request id while everything the failed attempt wrote is rolled back. A CDI bean, not
 * an EJB: it holds no transaction of its own to suspend, and an EJB's invocation costs every request.
 */
@ApplicationScoped
public class WalletAuthentications {

    @Inject
    OtpMetrics metrics;

    @Inject
    TrafficLimiter traffic;

    @Inject
    OtpPolicies policies;

    @Inject
    InitAnswers answers;

    @Inject
    CodeIssuer issuer;

    @Inject
    CodeVerifier verifier;

    @Inject
    Pepper pepper;

    @Inject
    RequestSightings sightings;

    /** Issues a code, or gives again the final answer already given to this request id. */
    public Result init(AuthenticatedCall call, InitAuthentication request) {
        admit(call.clientId());
        String fingerprint = pepper.hash(
                "init", request.authenticationRequestId(), request.channel().name(), request.walletToken());
        try {
            issuer.issue(new Issue(
                    call.clientId(),
                    call.clientName(),
                    request.authenticationRequestId(),
                    request.channel(),
                    request.walletToken(),
                    fingerprint));
            return Result.success();
        } catch (AlreadyAnswered earlier) {
            return replay(earlier.answer(), fingerprint);
        } catch (GatewayException refused) {
            if (refused.code().status() == ResultStatus.F) {
                answers.recordFailure(call.clientId(), request.authenticationRequestId(), fingerprint, refused);
            }
            throw refused;
        } catch (EJBException collision) {
            // a twin of this request committed first: answer as it was answered
            return answers.find(call.clientId(), request.authenticationRequestId())
                    .map(answer -> replay(answer, fingerprint))
                    .orElseThrow(() -> collision);
        }
    }

    /** Checks a value; the request's sighting is on record afterwards, whether it was checked, refused or failed. */
    public ResultCode verify(AuthenticatedCall call, VerifyAuthentication request) {
        boolean committed = false;
        try {
            admit(call.clientId());
            ResultCode outcome =
                    verifier.verify(call.clientId(), request.authenticationRequestId(), request.authenticationValue());
            committed = true;
            return outcome;
        } finally {
            sightings.recordAloneUnless(committed);
        }
    }

    private static Result replay(InitRequest kept, String fingerprint) {
        InitRequest earlier =
                IdempotentAnswers.sameRequest(kept, fingerprint, () -> new GatewayException(REPEAT_REQ_INCONSISTENT));
        ResultCode code = ResultCode.valueOf(earlier.resultCode());
        if (code != ResultCode.SUCCESS) {
            throw new GatewayException(code, earlier.resultMessage());
        }
        return Result.of(code, earlier.resultMessage());
    }

    /** The cluster-wide traffic limit. */
    private void admit(String clientId) {
        int perMinute = policies.requestsPerMinute(clientId);
        if (!traffic.admit(clientId, perMinute)) {
            metrics.rateLimited(OtpMetrics.Dialect.WALLET);
            throw new GatewayException(
                    REQUEST_TRAFFIC_EXCEED_LIMIT, "More than " + perMinute + " requests in a minute; retry later.");
        }
    }
}
