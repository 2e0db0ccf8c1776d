package dev.otpserver.web.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /console} and {@code /console/} lead to the dashboard. Exact mappings, so that no container looks for a
 * welcome file (index.html) under the Faces servlet's {@code /console/*}.
 */
@WebServlet(urlPatterns = {"/console", "/console/"})
public class ConsoleHome extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/console/dashboard.xhtml");
    }
}
