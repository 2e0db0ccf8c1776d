package dev.otpserver.web.fallback;

import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.web.gateway.SignedErrorPage;
import dev.otpserver.web.gsp.IntegratorErrorPage;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the container's own refusals (401 and 403 of the admin login, 404 outside JAX-RS…):
 * a JSON problem instead of the server's HTML page. Mapped below its own prefix because JAX-RS owns
 * {@code /*}; web.xml routes every error status here. A request whose body the container refused unread (the
 * admin login's 401 and 403 come before any filter) is answered with {@code Connection: close}: the server never
 * swallows an unread body and closes the connection, which a client's pool must know before it reuses it. A request
 * to the signed gateway is answered in its dialect, signed ({@link SignedErrorPage}), one to the payment-integrator
 * API in its own ({@link IntegratorErrorPage}).
 */
@WebServlet("/otp-error/*")
public class ErrorPageServlet extends HttpServlet {

    @Inject
    SignedErrorPage signedGateway;

    @Inject
    IntegratorErrorPage integrator;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (signedGateway.answered(request, response) || integrator.answered(request, response)) {
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        Response.Status known = Response.Status.fromStatusCode(status);
        byte[] body = JsonDocuments.json()
                .createObjectBuilder()
                .add("status", status)
                .add("message", known == null ? "Error" : known.getReasonPhrase())
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        if (declaresBody(request)) {
            response.setHeader("Connection", "close");
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean declaresBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
