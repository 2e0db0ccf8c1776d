package dev.otpserver.web.console;

import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.web.intake.RequestTarget;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The console's door: every page but the login form needs a signed-in member of otp-admin or otp-viewer (the
 * login form signs in against the server's own realm, see {@link ConsoleLogin}); anyone else is sent to the
 * login form. No console page is cached or framed by another site.
 */
@WebFilter(urlPatterns = {"/console", "/console/*"})
public class ConsoleGate extends HttpFilter {

    static final String LOGIN = "/console/login.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = RequestTarget.path(request);
        if (path.equals(LOGIN) || signedIn(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + LOGIN);
        }
    }

    static boolean signedIn(HttpServletRequest request) {
        return request.getUserPrincipal() != null
                && (request.isUserInRole(AdminRole.NAME) || request.isUserInRole(AdminRole.VIEWER));
    }
}
