package dev.otpserver.config.account.boundary;

import static dev.otpserver.common.result.ResultCode.ACCESS_TOKEN_EXPIRED;
import static dev.otpserver.common.result.ResultCode.AUTHORIZATION_NOT_EXIST;
import static dev.otpserver.common.result.ResultCode.CONTRACT_NOT_EXIST;
import static dev.otpserver.common.result.ResultCode.SYSTEM_ERROR;

import dev.otpserver.common.gateway.AuthenticatedCall;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.config.account.control.AccessTokens;
import dev.otpserver.config.account.control.AccountStore;
import dev.otpserver.config.account.entity.AccessToken;
import dev.otpserver.config.account.entity.CustomerContract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Decides which account a verified partner call may act on. No {@code Connected-CustomerId}: the partner's
 * own account. With one: that customer's, if the partner has a contract for it, and, under an OAUTH
 * contract or whenever a token is sent, a valid access token the customer granted.
 */
@ApplicationScoped
public class PartnerAccounts {

    /** The customer id of a partner's own account. */
    public static final String SELF = "";

    @Inject
    AccountStore store;

    @Inject
    Clock clock;

    public String accountOf(AuthenticatedCall call) {
        String customerId = call.connectedCustomerId().orElse(SELF);
        Optional<CustomerContract> contract =
                customerId.equals(SELF) ? Optional.empty() : Optional.of(contractFor(call, customerId));
        boolean tokenRequired = contract.map(found -> found.authorization() == CustomerContract.Authorization.OAUTH)
                .orElse(false);
        if (call.accessToken().isPresent() || tokenRequired) {
            requireToken(call, customerId);
        }
        return customerId;
    }

    private CustomerContract contractFor(AuthenticatedCall call, String customerId) {
        if (customerId.length() > 64) {
            throw new GatewayException(CONTRACT_NOT_EXIST);
        }
        CustomerContract contract =
                store.contract(call.clientId(), customerId).orElseThrow(() -> new GatewayException(CONTRACT_NOT_EXIST));
        if (contract.status() == CustomerContract.Status.SUSPENDED) {
            throw new GatewayException(SYSTEM_ERROR, "The contract for this customer is suspended; contact support.");
        }
        return contract;
    }

    private void requireToken(AuthenticatedCall call, String customerId) {
        AccessToken token = call.accessToken()
                .flatMap(value -> store.token(AccessTokens.hash(value)))
                .filter(found -> found.grants(call.clientId(), customerId))
                .orElseThrow(() -> new GatewayException(AUTHORIZATION_NOT_EXIST));
        if (token.expiredAt(clock.instant())) {
            throw new GatewayException(ACCESS_TOKEN_EXPIRED);
        }
    }
}
