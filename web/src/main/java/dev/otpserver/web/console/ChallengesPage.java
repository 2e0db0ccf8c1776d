package dev.otpserver.web.console;

import dev.otpserver.auth.lookup.boundary.ChallengeLookup;
import dev.otpserver.common.admin.AdminProblem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** A challenge looked up by client and request id: its state, never its code. */
@Named
@RequestScoped
public class ChallengesPage {

    @Inject
    ChallengeLookup lookup;

    private String clientId;
    private String requestId;
    private String error;
    private List<Map<String, Object>> found;

    /** The page's selection comes with the request: in its URL (GET) or in the form's own fields (POST). */
    @PostConstruct
    void fromRequest() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        clientId = parameters.getOrDefault("clientId", clientId);
        requestId = parameters.getOrDefault("requestId", requestId);
    }

    public List<Map<String, Object>> getFound() {
        if (found == null) {
            found = List.of();
            if (clientId != null || requestId != null) {
                try {
                    found = Views.list(lookup.find(clientId, requestId));
                } catch (AdminProblem refused) {
                    error = refused.getMessage();
                }
            }
        }
        return found;
    }

    /** Why the lookup found nothing or was refused, beside the form. */
    public String getError() {
        getFound();
        return error;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }
}
