package dev.otpserver.web.console;

import dev.otpserver.common.admin.AdminProblem;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How every console change runs: once per form ticket, through the admin API's own boundary (its rules, its
 * audit entry with the signed-in user), its refusal shown beside the field it names, never a stack trace.
 */
@RequestScoped
public class Changes {

    private static final Logger LOG = Logger.getLogger(Changes.class.getName());

    static final String REPEATED =
            "This form was sent already (a double submit or a stale page); nothing was changed again.";
    static final String READ_ONLY = "Your group may read but not change: nothing was changed.";

    @Inject
    FormTickets tickets;

    /**
     * Runs {@code change} if this form's ticket is still open. {@code form} is the form's id and {@code fields}
     * its inputs' ids: a refusal goes beside the first field its message names, else beside the first field.
     * Returns what the change returned, or null when it did not happen.
     */
    public <T> T run(String form, List<String> fields, String done, Supplier<T> change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String ticket = faces.getExternalContext().getRequestParameterMap().get("ticket");
        if (!tickets.redeem(ticket)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, REPEATED, null));
            return null;
        }
        try {
            T result = change.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return result;
        } catch (AdminProblem refused) {
            faces.addMessage(
                    fieldFor(form, fields, refused.getMessage()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        } catch (EJBAccessException notAllowed) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, READ_ONLY, null));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A console change failed", failed);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            "The change failed on the server (see its log); nothing was changed.",
                            null));
        }
        return null;
    }

    private static String fieldFor(String form, List<String> fields, String message) {
        if (fields.isEmpty()) {
            return null;
        }
        String field = fields.stream()
                .filter(name -> message.startsWith(name + " ") || message.contains(" " + name + " "))
                .findFirst()
                .orElse(fields.get(0));
        return form + ":" + field;
    }
}
