package dev.otpserver.web.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * No console page ends in a stack trace or the server's error page: an expired or forged form (its view state
 * unknown: a stale page, a post from another site) is sent back to its page with a message and changes nothing;
 * anything else is logged and the user lands on the dashboard with a message.
 */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ConsoleExceptionHandlerFactory.class.getName());

    public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                if (!events.hasNext()) {
                    getWrapped().handle();
                    return;
                }
                Throwable thrown = events.next().getContext().getException();
                events.remove();
                while (events.hasNext()) {
                    events.next();
                    events.remove();
                }
                answer(FacesContext.getCurrentInstance(), thrown);
            }
        };
    }

    private static void answer(FacesContext faces, Throwable thrown) {
        ExternalContext external = faces.getExternalContext();
        String page;
        String text;
        if (rootIs(thrown, ViewExpiredException.class)) {
            ViewExpiredException expired = root(thrown, ViewExpiredException.class);
            page = expired.getViewId() == null ? "/dashboard.xhtml" : expired.getViewId();
            text = "The page had expired or the form was not ours; nothing was changed. Please try again.";
        } else {
            LOG.log(Level.WARNING, "A console page failed", thrown);
            page = "/dashboard.xhtml";
            text = "That page failed on the server (see its log); nothing was changed.";
        }
        String current =
                faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
        try {
            if (page.equals(current) && !rootIs(thrown, ViewExpiredException.class)) {
                external.responseReset();
                external.setResponseStatus(500);
                external.setResponseContentType("text/html;charset=UTF-8");
                external.getResponseOutputWriter()
                        .write("<!DOCTYPE html><title>OTP console</title><p>" + text
                                + " <a href=\"login.xhtml\">Log in again</a></p>");
                faces.responseComplete();
                return;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/console" + page);
        } catch (IOException | IllegalStateException cannot) {
            throw new FacesException(cannot);
        }
        faces.responseComplete();
    }

    private static boolean rootIs(Throwable thrown, Class<? extends Throwable> type) {
        return root(thrown, type) != null;
    }

    private static <T extends Throwable> T root(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
