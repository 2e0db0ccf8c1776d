package dev.otpserver.web.gateway;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * Shows the JAX-RS runtime the gateway's own media types in place of the caller's ({@link MediaTypeView}), and keeps
 * the caller's headers for {@link RequestVerifier}. It must happen before the runtime sees the request: Jersey parses
 * {@code Content-Type} before any JAX-RS filter runs and answers a malformed or doubled one (the Go SDK sends two)
 * with a bare 400 of its own.
 */
@WebFilter(urlPatterns = {"/ams/*", "/amsin/*"}, asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class GatewayMediaTypes extends HttpFilter {

    private static final String CALLER_HEADERS = GatewayMediaTypes.class.getName() + ".callerHeaders";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(CALLER_HEADERS, (UnaryOperator<String>) request::getHeader);
        chain.doFilter(new MediaTypeView(request), response);
    }

    /** The request's headers as the caller sent them (the first of a doubled one), by name in any case. */
    @SuppressWarnings("unchecked")
    static UnaryOperator<String> callerHeaders(HttpServletRequest request) {
        Object headers = request.getAttribute(CALLER_HEADERS);
        return headers == null ? request::getHeader : (UnaryOperator<String>) headers;
    }
}
