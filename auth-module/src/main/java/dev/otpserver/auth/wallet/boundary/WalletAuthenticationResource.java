package dev.otpserver.auth.wallet.boundary;

import dev.otpserver.common.gateway.AuthenticatedCall;
import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.gateway.GatewayRequest;
import dev.otpserver.common.result.Result;
import dev.otpserver.common.result.ResultCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Antom's wallet OTP API behind the signed gateway: {@code /ams/api/v1/users/...}, and the SDK's sandbox
 * spelling {@code /ams/sandbox/api/v1/users/...}.
 */
@RequestScoped
@Path("ams/{mode: api|sandbox/api}/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet authentication", description = "Signed Antom-style API (seeds 001, 002)")
@SecurityRequirement(name = GatewayHeaders.SECURITY_SCHEME)
public class WalletAuthenticationResource {

    /** The path variable, declared for the OpenAPI document: the gateway has already checked the path. */
    private static final String MODE = "api, or sandbox/api (the SDK's sandbox spelling, its slash as is)";

    @Inject
    GatewayRequest gateway;

    @Inject
    WalletAuthentications authentications;

    @POST
    @Path("initAuthentication")
    @Operation(
            operationId = "initAuthentication",
            summary = "Send a one-time code to the owner of a wallet token",
            description = "Body: authenticationType OTP, authenticationRequestId (idempotency key, max 64), "
                    + "authenticationChannelType EMAIL|SMS, userIdentityType WALLET_TOKEN, userIdentityValue (max 128). "
                    + "Codes: SUCCESS, PARAM_ILLEGAL, INVALID_ACCESS_TOKEN, USER_NOT_EXIST, USER_STATUS_ABNORMAL, "
                    + "AUTHENTICATION_CHANNEL_UNAVAILABLE, SEND_TIMES_EXCEED_LIMIT, REPEAT_REQ_INCONSISTENT, "
                    + "REQUEST_TRAFFIC_EXCEED_LIMIT (U), UNKNOWN_EXCEPTION (U) and the gateway's codes.")
    public InitAuthenticationResponse initAuthentication(
            @PathParam("mode") @Parameter(description = MODE, required = true) String mode) {
        AuthenticatedCall call = gateway.call();
        InitAuthentication request = InitAuthentication.from(call.body());
        return new InitAuthenticationResponse(authentications.init(call, request), request.authenticationRequestId());
    }

    @POST
    @Path("verifyAuthentication")
    @Operation(
            operationId = "verifyAuthentication",
            summary = "Check a one-time code",
            description =
                    "Body: authenticationType OTP, authenticationRequestId, authenticationValue. isPassed is \"true\" "
                            + "on SUCCESS and \"false\" on VERIFY_UNMATCHED. Codes: SUCCESS, VERIFY_UNMATCHED, "
                            + "VERIFY_TIMES_EXCEED_LIMIT (the code's wrong attempts, or the user's budget of wrong codes, are used up), "
                            + "AUTHENTICATION_REQUEST_ID_INVALID (unknown id, or a used code with another value, and every value after "
                            + "that), INVALID_ACCESS_TOKEN, USER_NOT_EXIST, USER_STATUS_ABNORMAL, PARAM_ILLEGAL (also a replay of the "
                            + "same signed request), REQUEST_TRAFFIC_EXCEED_LIMIT (U) and the gateway's codes.")
    public VerifyAuthenticationResponse verifyAuthentication(
            @PathParam("mode") @Parameter(description = MODE, required = true) String mode) {
        AuthenticatedCall call = gateway.call();
        ResultCode outcome = authentications.verify(call, VerifyAuthentication.from(call.body()));
        String isPassed = switch (outcome) {
            case SUCCESS -> "true";
            case VERIFY_UNMATCHED -> "false";
            default -> null;
        };
        return new VerifyAuthenticationResponse(Result.of(outcome), isPassed);
    }
}
