package dev.otpserver.web.console;

import dev.otpserver.common.admin.AdminProblem;
import dev.otpserver.config.account.boundary.AccessTokenForm;
import dev.otpserver.config.account.boundary.AccountAdmin;
import dev.otpserver.config.account.boundary.ContractForm;
import dev.otpserver.config.client.boundary.JoseKeyAdmin;
import dev.otpserver.config.otpnotify.boundary.NotifyUrlAdmin;
import dev.otpserver.config.otpnotify.boundary.NotifyUrlForm;
import dev.otpserver.config.preference.boundary.PreferenceAdmin;
import dev.otpserver.config.preference.boundary.PreferenceForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * The rest of a client on its page: notify URL, notification preference, contracts, access tokens (a new one
 * shown once, in the answer to its form only) and the payment integrator's public JOSE keys.
 */
@Named("accounts")
@RequestScoped
public class ClientAccountsPage {

    @Inject
    ClientsPage clients;

    @Inject
    AccountAdmin accountAdmin;

    @Inject
    NotifyUrlAdmin notifyUrlAdmin;

    @Inject
    PreferenceAdmin preferenceAdmin;

    @Inject
    JoseKeyAdmin joseKeyAdmin;

    @Inject
    Changes changes;

    private String notifyUrl;
    private String preference;
    private String preferenceCustomer;
    private String contractCustomer;
    private String contractAuthorization;
    private String contractStatus;
    private String tokenCustomer;
    private String tokenSeconds;
    private String tokenId;
    private String jwk;
    private Map<String, Object> grantedToken;
    private List<Map<String, Object>> joseKeys;
    private List<Map<String, Object>> contracts;
    private List<Map<String, Object>> accessTokens;

    /** The notify URL, or empty when the client has none. */
    public String getCurrentNotifyUrl() {
        try {
            return (String) Views.map(notifyUrlAdmin.notifyUrl(client())).get("notifyUrl");
        } catch (AdminProblem none) {
            return "";
        }
    }

    public String getCurrentPreference() {
        return String.valueOf(Views.map(preferenceAdmin.find(client(), null)).get("otpApiNotifyPreference"));
    }

    public List<Map<String, Object>> getContracts() {
        if (contracts == null) {
            contracts = Views.list(accountAdmin.contracts(client()));
        }
        return contracts;
    }

    public List<Map<String, Object>> getAccessTokens() {
        if (accessTokens == null) {
            accessTokens = Views.list(accountAdmin.liveTokens(client()));
        }
        return accessTokens;
    }

    public List<Map<String, Object>> getJoseKeys() {
        if (joseKeys == null) {
            joseKeys = Views.list(joseKeyAdmin.list(client()));
        }
        return joseKeys;
    }

    public String saveNotifyUrl() {
        return after(changes.run(
                "notify",
                List.of("notifyUrl"),
                "Notify URL of " + client() + " set.",
                () -> notifyUrlAdmin.setNotifyUrl(client(), new NotifyUrlForm(notifyUrl))));
    }

    public String savePreference() {
        return after(changes.run(
                "preference",
                List.of("otpApiNotifyPreference", "customerId"),
                "Notification preference of " + client() + " set.",
                () -> preferenceAdmin.set(
                        client(), new PreferenceForm(preference, MessagesPage.blankless(preferenceCustomer)))));
    }

    public String addContract() {
        return after(changes.run(
                "contract",
                List.of("customerId", "authorization"),
                "Contract of " + client() + " for " + contractCustomer + " added.",
                () -> accountAdmin.addContract(
                        client(), new ContractForm(contractCustomer, contractAuthorization, null))));
    }

    public String changeContract() {
        return after(changes.run(
                "contractStatus",
                List.of("customerId", "status"),
                "Contract of " + client() + " for " + contractCustomer + " set to " + contractStatus + ".",
                () -> accountAdmin.changeContract(
                        client(), contractCustomer, new ContractForm(contractCustomer, null, contractStatus))));
    }

    /** The new token is shown in this answer only (no redirect), as the admin API shows it once. */
    public String grantToken() {
        Object granted = changes.run(
                "grant",
                List.of("validForSeconds", "customerId"),
                "Access token granted: copy it now, it is not shown again.",
                () -> accountAdmin.grantToken(
                        client(), new AccessTokenForm(MessagesPage.blankless(tokenCustomer), seconds(tokenSeconds))));
        if (granted != null) {
            grantedToken = Views.map(granted);
            accessTokens = null; // read again with the new one
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .setKeepMessages(false);
        }
        return null;
    }

    public String revokeToken() {
        return after(changes.run("revokeToken", List.of("tokenId"), "Access token revoked.", () -> {
            accountAdmin.revokeToken(client(), tokenId == null ? "" : tokenId.strip());
            return Boolean.TRUE;
        }));
    }

    public String addJoseKey() {
        return after(changes.run("jose", List.of("jwk"), "JOSE key added to " + client() + ".", () -> {
            JsonObject parsed;
            try {
                parsed = Json.createReader(new StringReader(jwk == null ? "" : jwk))
                        .readObject();
            } catch (JsonException | IllegalStateException notJson) {
                throw AdminProblem.badRequest("jwk must be a JSON object: a public JWK (RFC 7517).");
            }
            return joseKeyAdmin.add(client(), parsed);
        }));
    }

    public String revokeJoseKey(String keyId) {
        return after(changes.run(
                "joseKeys", List.of(), "JOSE key " + keyId + " revoked.", () -> joseKeyAdmin.revoke(client(), keyId)));
    }

    private String after(Object done) {
        return done == null ? null : "/clients.xhtml?faces-redirect=true&client=" + client();
    }

    private String client() {
        return clients.getSelected();
    }

    private static Long seconds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return -1L;
        }
    }

    public Map<String, Object> getGrantedToken() {
        return grantedToken;
    }

    public String getNotifyUrl() {
        return notifyUrl;
    }

    public void setNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    public String getPreference() {
        return preference;
    }

    public void setPreference(String preference) {
        this.preference = preference;
    }

    public String getPreferenceCustomer() {
        return preferenceCustomer;
    }

    public void setPreferenceCustomer(String preferenceCustomer) {
        this.preferenceCustomer = preferenceCustomer;
    }

    public String getContractCustomer() {
        return contractCustomer;
    }

    public void setContractCustomer(String contractCustomer) {
        this.contractCustomer = contractCustomer;
    }

    public String getContractAuthorization() {
        return contractAuthorization;
    }

    public void setContractAuthorization(String contractAuthorization) {
        this.contractAuthorization = contractAuthorization;
    }

    public String getContractStatus() {
        return contractStatus;
    }

    public void setContractStatus(String contractStatus) {
        this.contractStatus = contractStatus;
    }

    public String getTokenCustomer() {
        return tokenCustomer;
    }

    public void setTokenCustomer(String tokenCustomer) {
        this.tokenCustomer = tokenCustomer;
    }

    public String getTokenSeconds() {
        return tokenSeconds;
    }

    public void setTokenSeconds(String tokenSeconds) {
        this.tokenSeconds = tokenSeconds;
    }

    public String getTokenId() {
        return tokenId;
    }

    public void setTokenId(String tokenId) {
        this.tokenId = tokenId;
    }

    public String getJwk() {
        return jwk;
    }

    public void setJwk(String jwk) {
        this.jwk = jwk;
    }
}
