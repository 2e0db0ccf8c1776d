package dev.otpserver.web.gateway;

import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.time.RequestTime;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * One call to the signed gateway as its answer is signed: method and URI as the caller signed them, the caller's
 * Client-Id and time format. Kept as a request property from verification to signing.
 *
 * @param uri path and query string as sent, host excluded
 */
record SignedExchange(String method, String uri, String clientId, RequestTime.Style timeStyle, long startedNanos) {

    static final String PROPERTY = SignedExchange.class.getName();

    /** The exchange of a request to {@code /ams} or {@code /amsin}, as the servlet container maps the path. */
    static Optional<SignedExchange> of(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!underGateway(path, "/ams") && !underGateway(path, "/amsin")) {
            return Optional.empty();
        }
        String uri = request.getQueryString() == null ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
        String clientId = request.getHeader(GatewayHeaders.CLIENT_ID);
        return Optional.of(new SignedExchange(request.getMethod(), uri, clientId == null ? "" : clientId,
                timeStyle(request), System.nanoTime()));
    }

    private static boolean underGateway(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }

    /** Answer in the caller's own time format; otherwise WorldFirst ({@code /amsin}) writes ISO, Antom epoch millis. */
    private static RequestTime.Style timeStyle(HttpServletRequest request) {
        return RequestTime.parse(request.getHeader(GatewayHeaders.REQUEST_TIME))
                .map(RequestTime::style)
                .orElse(request.getRequestURI().startsWith("/amsin/") ? RequestTime.Style.ISO_OFFSET : RequestTime.Style.EPOCH_MILLIS);
    }
}
