package dev.otpserver.auth.threeds.boundary;

import dev.otpserver.auth.threeds.entity.ThreeDsChallenge;
import dev.otpserver.common.gateway.AuthenticatedCall;
import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.gateway.GatewayRequest;
import dev.otpserver.common.result.Result;
import dev.otpserver.common.result.ResultCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Our own 3DS challenge API for internal card systems, behind the signed gateway: {@code /ams/api/v1/threeds/...}. */
@RequestScoped
@Path("ams/api/v1/threeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "3DS challenge",
        description = "Signed API for card systems: issue and verify a passcode for a card transaction")
@SecurityRequirement(name = GatewayHeaders.SECURITY_SCHEME)
public class ThreeDsChallengeResource {

    @Inject
    GatewayRequest gateway;

    @Inject
    ThreeDsChallenges challenges;

    @POST
    @Path("createChallenge")
    @Operation(
            operationId = "createChallenge",
            summary = "Issue a 3DS passcode for a card transaction",
            description =
                    "Body (all strings): challengeRequestId (idempotency key, max 64), partnerClientId (the card "
                            + "partner, max 64), connectedCustomerId (optional, max 64), assetId (max 64), cardNoLast4 (4 digits), "
                            + "cardBrand (optional, MASTERCARD), merchantName (optional, max 128), tradeAmount (optional, "
                            + "{currency ISO-4217, value minor units}), message (optional, max 256), cardholderPhone (E.164; "
                            + "required when the partner's account preference is OFF), locale (optional, default en). The passcode "
                            + "is pushed to the partner when its otpApiNotifyPreference is ON, else sent by SMS to cardholderPhone. "
                            + "Codes: SUCCESS, PARAM_ILLEGAL, REPEAT_REQ_INCONSISTENT, UNKNOWN_EXCEPTION (U) and the gateway's codes.")
    public CreateChallengeResponse createChallenge() {
        AuthenticatedCall call = gateway.call();
        CreateChallenge request = CreateChallenge.from(call.body());
        ThreeDsChallenge challenge = challenges.create(call, request);
        return new CreateChallengeResponse(
                Result.success(),
                request.challengeRequestId(),
                challenge.delivery().name(),
                Long.toString(challenge.code().expiresAt().toEpochMilli()));
    }

    @POST
    @Path("verifyChallenge")
    @Operation(
            operationId = "verifyChallenge",
            summary = "Check a 3DS passcode",
            description = "Body: challengeRequestId, passcode. isPassed is \"true\" on SUCCESS and \"false\" on "
                    + "VERIFY_UNMATCHED (wrong or expired). Codes: SUCCESS, VERIFY_UNMATCHED, VERIFY_TIMES_EXCEED_LIMIT "
                    + "(after the allowed wrong passcodes, or once the cardholder phone's budget of wrong codes is spent, "
                    + "even the right one fails), AUTHENTICATION_REQUEST_ID_INVALID (unknown id, another client's, or used "
                    + "with another passcode, and every passcode after that), PARAM_ILLEGAL (also a replay of the same signed "
                    + "request) and the gateway's codes.")
    public VerifyChallengeResponse verifyChallenge() {
        AuthenticatedCall call = gateway.call();
        ResultCode outcome = challenges.verify(call, VerifyChallenge.from(call.body()));
        String isPassed = switch (outcome) {
            case SUCCESS -> "true";
            case VERIFY_UNMATCHED -> "false";
            default -> null;
        };
        return new VerifyChallengeResponse(Result.of(outcome), isPassed);
    }
}
