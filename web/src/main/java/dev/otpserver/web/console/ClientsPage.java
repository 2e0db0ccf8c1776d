package dev.otpserver.web.console;

import dev.otpserver.common.admin.AdminProblem;
import dev.otpserver.config.client.boundary.ClientAdmin;
import dev.otpserver.config.client.boundary.ClientForm;
import dev.otpserver.config.client.boundary.KeyForm;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Partner clients: register, disable or enable, add an RSA key (a pasted PEM), revoke a key. */
@Named
@RequestScoped
public class ClientsPage {

    @Inject
    ClientAdmin admin;

    @Inject
    Changes changes;

    private String selected;
    private String clientId;
    private String name;
    private String publicKey;
    private String keyVersion;

    private List<Map<String, Object>> clients;
    private Map<String, Object> client;

    /** The page's selection comes with the request: in its URL (GET) or in the form's own fields (POST). */
    @PostConstruct
    void fromRequest() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        selected = parameters.getOrDefault("client", selected);
    }

    public List<Map<String, Object>> getClients() {
        if (clients == null) {
            clients = Views.list(admin.list());
        }
        return clients;
    }

    /** The client of {@code ?client=}, or null (with a message) when there is none of that id. */
    public Map<String, Object> getClient() {
        if (client == null && selected != null && !selected.isBlank()) {
            try {
                client = Views.map(admin.find(selected));
            } catch (AdminProblem unknown) {
                FacesContext.getCurrentInstance()
                        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, unknown.getMessage(), null));
                selected = null;
            }
        }
        return client;
    }

    public String register() {
        Object done = changes.run(
                "register",
                List.of("clientId", "name"),
                "Client " + clientId + " registered.",
                () -> admin.register(new ClientForm(clientId, name, null)));
        return backTo(clientId.trim(), done);
    }

    public String changeStatus(String id, String name, String status) {
        Object done = changes.run(
                "client",
                List.of(),
                "Client " + id + " is " + status + " now.",
                () -> admin.change(id, new ClientForm(id, name, status)));
        return backTo(id, done);
    }

    public String addKey() {
        Object done = changes.run(
                "addKey",
                List.of("publicKey", "keyVersion"),
                "Key added to " + selected + ".",
                () -> admin.addKey(selected, new KeyForm(version(), publicKey)));
        return backTo(selected, done);
    }

    public String revokeKey(String id, long version) {
        Object done = changes.run(
                "keys",
                List.of(),
                "Key version " + version + " of " + id + " revoked.",
                () -> admin.revokeKey(id, (int) version));
        return backTo(id, done);
    }

    private Integer version() {
        if (keyVersion == null || keyVersion.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(keyVersion.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** After a change of a client's: its page again when the change was made, else this answer with its messages. */
    static String backTo(String clientId, Object done) {
        return done == null ? null : "/clients.xhtml?faces-redirect=true&client=" + clientId;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public String getKeyVersion() {
        return keyVersion;
    }

    public void setKeyVersion(String keyVersion) {
        this.keyVersion = keyVersion;
    }
}
