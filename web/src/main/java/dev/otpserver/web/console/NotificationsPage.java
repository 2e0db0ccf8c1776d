package dev.otpserver.web.console;

import dev.otpserver.common.admin.AdminProblem;
import dev.otpserver.notification.webhook.boundary.NotificationAdmin;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Partner notifications by status, one with every attempt, and the replay of a dead letter. */
@Named
@RequestScoped
public class NotificationsPage {

    @Inject
    NotificationAdmin admin;

    @Inject
    Changes changes;

    private String statusError;
    private String status = "DEAD";
    private String notificationId;

    private List<Map<String, Object>> notifications;
    private Map<String, Object> notification;

    /** The page's selection comes with the request: in its URL (GET) or in the form's own fields (POST). */
    @PostConstruct
    void fromRequest() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        status = parameters.getOrDefault("status", status);
        notificationId = parameters.getOrDefault("notification", notificationId);
    }

    public List<Map<String, Object>> getNotifications() {
        if (notifications == null) {
            try {
                notifications = Views.list(admin.list(MessagesPage.blankless(status)));
            } catch (AdminProblem refused) {
                statusError = refused.getMessage();
                notifications = List.of();
            }
        }
        return notifications;
    }

    public Map<String, Object> getNotification() {
        if (notification == null && MessagesPage.blankless(notificationId) != null) {
            try {
                notification = Views.map(admin.notification(notificationId.strip()));
            } catch (AdminProblem unknown) {
                FacesContext.getCurrentInstance()
                        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, unknown.getMessage(), null));
                notificationId = null;
            }
        }
        return notification;
    }

    public String replay() {
        String id = notificationId;
        Object done = changes.run(
                "replay",
                List.of(),
                "Notification " + id + " replayed: a new schedule starts now.",
                () -> admin.replay(id));
        return done == null ? null : "/notifications.xhtml?faces-redirect=true&status=PENDING&notification=" + id;
    }

    /** Why the status filter was refused, shown beside it. */
    public String getStatusError() {
        getNotifications();
        return statusError;
    }

    public List<String> getStatuses() {
        return List.of("PENDING", "ACKED", "MANUAL_ACTION", "DEAD");
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNotificationId() {
        return notificationId;
    }

    public void setNotificationId(String notificationId) {
        this.notificationId = notificationId;
    }
}
