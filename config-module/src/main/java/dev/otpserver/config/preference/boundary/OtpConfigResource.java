package dev.otpserver.config.preference.boundary;

import dev.otpserver.common.gateway.AuthenticatedCall;
import dev.otpserver.common.gateway.BodyFields;
import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.gateway.GatewayRequest;
import dev.otpserver.common.result.Result;
import dev.otpserver.config.account.boundary.PartnerAccounts;
import dev.otpserver.config.preference.control.PreferenceStore;
import dev.otpserver.config.preference.entity.NotifyPreference;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * WorldFirst's OTP configuration APIs for partners, behind the signed gateway. The account is the partner's
 * own, or the customer's it manages ({@code Connected-CustomerId}), as {@link PartnerAccounts} decides.
 */
@Stateless
@Path("amsin/api/v1/business/worldcard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "WorldFirst OTP configuration", description = "Signed partner API (seed 000 and its update sibling)")
@SecurityRequirement(name = GatewayHeaders.SECURITY_SCHEME)
public class OtpConfigResource {

    private static final String CODES = " Codes: SUCCESS, PARAM_ILLEGAL, CONTRACT_NOT_EXIST, AUTHORIZATION_NOT_EXIST, "
            + "ACCESS_TOKEN_EXPIRED, SYSTEM_ERROR (suspended contract), UNKNOWN_EXCEPTION (U), and the gateway's codes.";

    // The header parameters describe the API in the OpenAPI document; the code reads both from the verified call.
    private static final String CUSTOMER = "The customer whose account the partner manages; absent: the partner's own";
    private static final String TOKEN = "OAuth access token the customer granted; required under an OAUTH contract";

    @Inject
    GatewayRequest gateway;

    @Inject
    PartnerAccounts accounts;

    @Inject
    PreferenceStore preferences;

    @Inject
    Clock clock;

    @POST
    @Path("queryOtpConfig")
    @Operation(
            operationId = "queryOtpConfig",
            summary = "Query OTP configuration",
            description = "Body {}. Answers otpApiNotifyPreference ON or OFF (default OFF)." + CODES)
    public QueryOtpConfigResponse queryOtpConfig(
            @HeaderParam(GatewayHeaders.CONNECTED_CUSTOMER_ID) @Parameter(description = CUSTOMER) String customerId,
            @HeaderParam(GatewayHeaders.ACCESS_TOKEN) @Parameter(description = TOKEN) String accessToken) {
        AuthenticatedCall call = gateway.call();
        String account = accounts.accountOf(call);
        NotifyPreference preference = preferences.find(call.clientId(), account).orElse(NotifyPreference.OFF);
        return new QueryOtpConfigResponse(Result.success(), preference.name());
    }

    @POST
    @Path("updateOtpNotifyConfig")
    @Operation(
            operationId = "updateOtpNotifyConfig",
            summary = "Update OTP notification configuration",
            description =
                    "Body {\"otpApiNotifyPreference\":\"ON\"|\"OFF\"}. Answers status, the preference now in force. "
                            + "A replay of the same signed request is refused with PARAM_ILLEGAL; sign a retry afresh."
                            + CODES)
    public UpdateOtpNotifyConfigResponse updateOtpNotifyConfig(
            @HeaderParam(GatewayHeaders.CONNECTED_CUSTOMER_ID) @Parameter(description = CUSTOMER) String customerId,
            @HeaderParam(GatewayHeaders.ACCESS_TOKEN) @Parameter(description = TOKEN) String accessToken) {
        AuthenticatedCall call = gateway.call();
        NotifyPreference preference =
                BodyFields.of(call.body()).requiredEnum("otpApiNotifyPreference", 3, NotifyPreference.class);
        String account = accounts.accountOf(call);
        preferences.set(call.clientId(), account, preference, clock.instant());
        return new UpdateOtpNotifyConfigResponse(Result.success(), preference.name());
    }
}
