package dev.otpserver.web.console;

import dev.otpserver.config.account.boundary.AccessTokenForm;
import dev.otpserver.config.account.boundary.AccountAdmin;
import dev.otpserver.config.account.boundary.ContractForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * A client's customers on its page: their contracts and the access tokens granted on them (a new one shown once,
 * in the answer to its form only; the live ones listed without their values).
 */
@Named("accounts")
@RequestScoped
public class ClientAccountsPage {

    @Inject
    ClientsPage clients;

    @Inject
    AccountAdmin accountAdmin;

    @Inject
    Changes changes;

    private String contractCustomer;
    private String contractAuthorization;
    private String contractStatus;
    private String tokenCustomer;
    private String tokenSeconds;
    private String tokenId;
    private Map<String, Object> grantedToken;
    private List<Map<String, Object>> contracts;
    private List<Map<String, Object>> accessTokens;

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

    private String after(Object done) {
        return ClientsPage.backTo(client(), done);
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
}
