package dev.otpserver.web.console;

import dev.otpserver.common.admin.AdminRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.logging.Logger;

/**
 * Signing in and out: the login form checks the user against the server's own realm (the one the admin API's
 * HTTP BASIC uses; Payara: file realm, WildFly: ApplicationRealm) through the container, which then knows the
 * user for the rest of the session: pages ask it for the roles, the boundaries for the caller.
 */
@Named
@RequestScoped
public class ConsoleLogin {

    private static final Logger AUDIT = Logger.getLogger("dev.otpserver.audit");

    private String user;
    private String password;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        if (user == null || user.isBlank()) {
            faces.addMessage("login:user", error("Enter your user name."));
            return null;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.getSession(true);
            // WildFly's Elytron finds the session by the id the request came with, and changes it itself
            request.login(user.strip(), password == null ? "" : password);
            request.changeSessionId();
        } catch (ServletException refused) {
            AUDIT.info(() -> "console login refused for '" + loggable(user) + "'");
            faces.addMessage("login:password", error("Wrong user name or password."));
            return null;
        }
        if (!request.isUserInRole(AdminRole.NAME) && !request.isUserInRole(AdminRole.VIEWER)) {
            logout(request);
            faces.addMessage(
                    "login:user",
                    error("This user is in neither group " + AdminRole.NAME + " nor " + AdminRole.VIEWER + "."));
            return null;
        }
        AUDIT.info(() -> "console login of " + request.getUserPrincipal().getName());
        return "/dashboard.xhtml?faces-redirect=true";
    }

    public String logout() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            String name = request.getUserPrincipal().getName();
            AUDIT.info(() -> "console logout of " + name);
        }
        logout(request);
        return "/login.xhtml?faces-redirect=true";
    }

    private static void logout(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException ignored) {
            // the session goes below either way
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The signed-in user's name, and whether that user may change things (otp-admin). */
    public String getName() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getUserPrincipal() == null
                ? ""
                : request.getUserPrincipal().getName();
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(AdminRole.NAME);
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** A typed user name as the audit log may show it: one line, no control character, at most 64 characters. */
    static String loggable(String typed) {
        String oneLine = typed.strip().replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 64 ? oneLine : oneLine.substring(0, 64) + "…";
    }
}
