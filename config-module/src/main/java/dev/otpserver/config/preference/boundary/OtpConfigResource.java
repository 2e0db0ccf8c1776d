package dev.otpserver.config.preference.boundary;

import dev.otpserver.common.gateway.AuthenticatedCall;
import dev.otpserver.common.gateway.GatewayRequest;
import dev.otpserver.common.result.Result;
import dev.otpserver.config.preference.control.PreferenceStore;
import dev.otpserver.config.preference.entity.NotifyPreference;
import dev.otpserver.config.preference.entity.OtpNotifyPreference;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * WorldFirst's OTP configuration API for partners, behind the signed gateway. The account is the caller
 * itself, or the customer it manages when it sends {@code Connected-CustomerId}.
 */
@Stateless
@Path("amsin/api/v1/business/worldcard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "WorldFirst OTP configuration", description = "Signed partner API (seed 000)")
public class OtpConfigResource {

    @Inject
    GatewayRequest gateway;

    @Inject
    PreferenceStore preferences;

    /** Seed 000: the account's {@code otpApiNotifyPreference}, OFF unless it was switched on. */
    @POST
    @Path("queryOtpConfig")
    @Operation(summary = "Query OTP configuration",
            description = "Body {}. Answers result and otpApiNotifyPreference (ON or OFF, default OFF). "
                    + "Result codes: SUCCESS, PARAM_ILLEGAL, CLIENT_INVALID, KEY_NOT_FOUND, INVALID_SIGNATURE, "
                    + "METHOD_NOT_SUPPORTED, MEDIA_TYPE_NOT_ACCEPTABLE, UNKNOWN_EXCEPTION.")
    @Parameter(name = "Client-Id", in = ParameterIn.HEADER, required = true, description = "The partner's client id")
    @Parameter(name = "Request-Time", in = ParameterIn.HEADER, required = true,
            description = "13-digit epoch millis or ISO-8601 with offset, within 5 minutes of the server clock")
    @Parameter(name = "Signature", in = ParameterIn.HEADER, required = true,
            description = "algorithm=RSA256, keyVersion=<n>, signature=<url-encoded base64 of SHA256withRSA over "
                    + "'POST <path>\\n<Client-Id>.<Request-Time>.<body>'>")
    @Parameter(name = "Connected-CustomerId", in = ParameterIn.HEADER,
            description = "The customer whose account the partner manages; absent: the partner's own account")
    public QueryOtpConfigResponse queryOtpConfig() {
        AuthenticatedCall call = gateway.call();
        String customerId = call.connectedCustomerId().orElse(OtpNotifyPreference.SELF);
        NotifyPreference preference = preferences.find(call.clientId(), customerId).orElse(NotifyPreference.OFF);
        return new QueryOtpConfigResponse(Result.success(), preference.name());
    }
}
