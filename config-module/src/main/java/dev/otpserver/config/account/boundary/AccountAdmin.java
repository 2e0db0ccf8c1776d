package dev.otpserver.config.account.boundary;

import static dev.otpserver.common.admin.AdminProblem.badRequest;
import static dev.otpserver.common.admin.AdminProblem.conflict;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.common.admin.AdminAudit;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.gateway.ClientKeyDirectory;
import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.config.account.control.AccessTokens;
import dev.otpserver.config.account.control.AccountStore;
import dev.otpserver.config.account.entity.AccessToken;
import dev.otpserver.config.account.entity.CustomerContract;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;

/** What admins do with partners' customer contracts and access tokens; audited without secrets. */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed(AdminRole.NAME)
public class AccountAdmin {

    private static final long DEFAULT_TOKEN_SECONDS = 3600;
    private static final int LIST_LIMIT = 1000;

    @Inject
    AccountStore store;

    @Inject
    ClientKeyDirectory clients;

    @Inject
    Clock clock;

    @Inject
    AdminAudit audit;

    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonArray contracts(String clientId) {
        requireClient(clientId);
        JsonArrayBuilder list = JsonDocuments.json().createArrayBuilder();
        store.contracts(clientId, LIST_LIMIT).forEach(contract -> list.add(view(contract)));
        return list.build();
    }

    /** The tokens that still authorize, by id, account and expiry: never their value, which only the grant shows. */
    @RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
    public JsonArray liveTokens(String clientId) {
        requireClient(clientId);
        JsonArrayBuilder list = JsonDocuments.json().createArrayBuilder();
        store.liveTokens(clientId, clock.instant(), LIST_LIMIT)
                .forEach(token -> list.add(JsonDocuments.json()
                        .createObjectBuilder()
                        .add("tokenId", token.tokenHash())
                        .add("clientId", token.clientId())
                        .add("customerId", token.customerId())
                        .add("expiresAt", token.expiresAt().toString())
                        .add("createdAt", token.createdAt().toString())));
        return list.build();
    }

    public JsonObject addContract(String clientId, ContractForm form) {
        requireClient(clientId);
        if (form == null
                || form.customerId() == null
                || form.customerId().isBlank()
                || form.customerId().length() > 64) {
            throw badRequest("customerId is required, at most 64 characters.");
        }
        if (store.contract(clientId, form.customerId()).isPresent()) {
            throw conflict("Client " + clientId + " has a contract for customer " + form.customerId() + " already.");
        }
        CustomerContract contract =
                new CustomerContract(clientId, form.customerId(), authorization(form.authorization()), clock.instant());
        store.add(contract);
        audit.record("added contract of client " + clientId + " for customer " + form.customerId());
        return view(contract);
    }

    public JsonObject changeContract(String clientId, String customerId, ContractForm form) {
        CustomerContract contract = store.contract(clientId, customerId)
                .orElseThrow(() -> notFound("No contract of client " + clientId + " for customer " + customerId + "."));
        contract.status(status(form == null ? null : form.status()));
        audit.record("set contract of client " + clientId + " for customer " + customerId + " to " + contract.status());
        return view(contract);
    }

    public JsonObject grantToken(String clientId, AccessTokenForm form) {
        requireClient(clientId);
        String customerId = form == null || form.customerId() == null ? PartnerAccounts.SELF : form.customerId();
        long seconds = form == null || form.validForSeconds() == null ? DEFAULT_TOKEN_SECONDS : form.validForSeconds();
        if (seconds < 1 || seconds > 31_536_000) {
            throw badRequest("validForSeconds must be between 1 and 31536000.");
        }
        String value = AccessTokens.newToken();
        Instant now = clock.instant();
        AccessToken token =
                new AccessToken(AccessTokens.hash(value), clientId, customerId, now.plusSeconds(seconds), now);
        store.add(token);
        audit.record("granted access token " + token.tokenHash() + " to client " + clientId + " for account '"
                + customerId + "'");
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("tokenId", token.tokenHash())
                .add("accessToken", value)
                .add("clientId", clientId)
                .add("customerId", customerId)
                .add("expiresAt", token.expiresAt().toString())
                .build();
    }

    public void revokeToken(String clientId, String tokenId) {
        AccessToken token = store.token(tokenId)
                .filter(found -> found.clientId().equals(clientId))
                .orElseThrow(() -> notFound("No access token " + tokenId + " of client " + clientId + "."));
        token.revoke(clock.instant());
        audit.record("revoked access token " + tokenId + " of client " + clientId);
    }

    private void requireClient(String clientId) {
        if (clients.find(clientId).isEmpty()) {
            throw notFound("No client " + clientId + ".");
        }
    }

    private static CustomerContract.Authorization authorization(String text) {
        if (text == null || text.isBlank()) {
            return CustomerContract.Authorization.CONTRACT;
        }
        try {
            return CustomerContract.Authorization.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            throw badRequest("authorization must be CONTRACT or OAUTH.");
        }
    }

    private static CustomerContract.Status status(String text) {
        try {
            return CustomerContract.Status.valueOf(text == null ? "" : text);
        } catch (IllegalArgumentException unknown) {
            throw badRequest("status must be ACTIVE or SUSPENDED.");
        }
    }

    private static JsonObject view(CustomerContract contract) {
        return JsonDocuments.json()
                .createObjectBuilder()
                .add("clientId", contract.clientId())
                .add("customerId", contract.customerId())
                .add("authorization", contract.authorization().name())
                .add("status", contract.status().name())
                .add("createdAt", contract.createdAt().toString())
                .build();
    }
}
