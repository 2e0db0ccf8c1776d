package dev.otpserver.web.gateway;

import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.gateway.ResponseSigner;
import dev.otpserver.common.gateway.ResponseSigner.SignedHeaders;
import dev.otpserver.common.time.RequestTime;
import dev.otpserver.web.intake.RequestTarget;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A request of the signed gateway as its caller signed it, and so as its answer is signed: the method, the path
 * and query string as sent (host excluded), and the caller's {@code Client-Id} and {@code Request-Time}.
 */
record SignedExchange(String method, String uri, String clientId, String requestTime) {

    /** RequestDispatcher.ERROR_QUERY_STRING of Servlet 6.1; a Servlet 6.0 container keeps the query on the request. */
    private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

    static SignedExchange of(HttpServletRequest request) {
        return new SignedExchange(
                request.getMethod(),
                uri(RequestTarget.uri(request), request.getQueryString()),
                request.getHeader(GatewayHeaders.CLIENT_ID),
                request.getHeader(GatewayHeaders.REQUEST_TIME));
    }

    /** In the container's error dispatch the request's URI is the error page's; the failed one is kept aside. */
    static SignedExchange ofErrorDispatch(HttpServletRequest request) {
        return new SignedExchange(
                request.getMethod(),
                uri((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), errorQueryString(request)),
                request.getHeader(GatewayHeaders.CLIENT_ID),
                request.getHeader(GatewayHeaders.REQUEST_TIME));
    }

    private static String errorQueryString(HttpServletRequest request) {
        return request.getAttribute(ERROR_QUERY_STRING) instanceof String query ? query : request.getQueryString();
    }

    /** The headers that sign {@code body} as the answer to this request. */
    SignedHeaders sign(ResponseSigner signer, byte[] body) {
        return signer.sign(method, uri, clientId == null ? "" : clientId, responseTimeStyle(), body);
    }

    /** Answer in the caller's own time format; otherwise WorldFirst ({@code /amsin}) writes ISO, Antom epoch millis. */
    private RequestTime.Style responseTimeStyle() {
        return RequestTime.parse(requestTime)
                .map(RequestTime::style)
                .orElse(uri.startsWith("/amsin/") ? RequestTime.Style.ISO_OFFSET : RequestTime.Style.EPOCH_MILLIS);
    }

    private static String uri(String path, String query) {
        return query == null ? path : path + "?" + query;
    }
}
