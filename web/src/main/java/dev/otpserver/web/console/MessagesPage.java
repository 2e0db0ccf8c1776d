package dev.otpserver.web.console;

import dev.otpserver.common.admin.AdminProblem;
import dev.otpserver.notification.delivery.boundary.MessageAdmin;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Messages: the latest, filtered by client and status; one with every gateway attempt. Destinations masked. */
@Named
@RequestScoped
public class MessagesPage {

    private static final int SHOWN = 100;

    @Inject
    MessageAdmin admin;

    private String clientId;
    private String statusError;
    private String status;
    private String messageId;

    private List<Map<String, Object>> messages;
    private Map<String, Object> message;

    /** The page's selection comes with the request: in its URL (GET) or in the form's own fields (POST). */
    @PostConstruct
    void fromRequest() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        clientId = parameters.getOrDefault("clientId", clientId);
        status = parameters.getOrDefault("status", status);
        messageId = parameters.getOrDefault("message", messageId);
    }

    public List<Map<String, Object>> getMessages() {
        if (messages == null) {
            try {
                messages = Views.list(admin.latest(blankless(clientId), blankless(status), SHOWN));
            } catch (AdminProblem refused) {
                statusError = refused.getMessage();
                messages = List.of();
            }
        }
        return messages;
    }

    public Map<String, Object> getMessage() {
        if (message == null && blankless(messageId) != null) {
            try {
                message = Views.map(admin.message(messageId.strip()));
            } catch (AdminProblem unknown) {
                FacesContext.getCurrentInstance()
                        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, unknown.getMessage(), null));
                messageId = null;
            }
        }
        return message;
    }

    /** Why the status filter was refused, shown beside it. */
    public String getStatusError() {
        getMessages();
        return statusError;
    }

    public List<String> getStatuses() {
        return List.of("QUEUED", "SENT", "FAILED", "DELIVERED");
    }

    static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }
}
