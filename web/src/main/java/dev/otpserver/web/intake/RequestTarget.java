package dev.otpserver.web.intake;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request was sent to, as sent (not decoded), read from the request's URL rather than its URI. For a
 * request target in absolute form ({@code POST http://host/amsin/api/…}, as Python's http.client sends it), WildFly's
 * Undertow at times keeps the path alone while still stripping a scheme and host from it: {@code getRequestURI()}
 * then lacks its first two segments, and the URL is that path; on every other request the URL is scheme, host
 * and that same path.
 */
public final class RequestTarget {

    private RequestTarget() {}

    /** The path with the context path, as {@code getRequestURI()} should answer it. */
    public static String uri(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        if (url.startsWith("/")) {
            return url;
        }
        int scheme = url.indexOf("://");
        int path = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        return path < 0 ? "/" : url.substring(path);
    }

    /** The path within the application: {@link #uri} without the context path. */
    public static String path(HttpServletRequest request) {
        return uri(request).substring(request.getContextPath().length());
    }
}
