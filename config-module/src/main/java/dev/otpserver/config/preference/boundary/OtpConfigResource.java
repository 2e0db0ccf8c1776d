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

/**
 * WorldFirst's OTP configuration API for partners, behind the signed gateway. The account is the caller
 * itself, or the customer it manages when it sends {@code Connected-CustomerId}.
 */
@Stateless
@Path("amsin/api/v1/business/worldcard")
@Produces(MediaType.APPLICATION_JSON)
public class OtpConfigResource {

    @Inject
    GatewayRequest gateway;

    @Inject
    PreferenceStore preferences;

    /** Seed 000: the account's {@code otpApiNotifyPreference}, OFF unless it was switched on. */
    @POST
    @Path("queryOtpConfig")
    public QueryOtpConfigResponse queryOtpConfig() {
        AuthenticatedCall call = gateway.call();
        String customerId = call.connectedCustomerId().orElse(OtpNotifyPreference.SELF);
        NotifyPreference preference = preferences.find(call.clientId(), customerId).orElse(NotifyPreference.OFF);
        return new QueryOtpConfigResponse(Result.success(), preference.name());
    }
}
