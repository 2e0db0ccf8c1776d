package dev.otpserver.web.gateway;

import jakarta.servlet.http.HttpServletRequest;

/** The paths of the signed gateway: {@code /ams} and {@code /amsin}, and everything below them. */
final class SignedPaths {

    private SignedPaths() {}

    /** The path as the container matched it (decoded and normalised), as a filter on {@code /ams/*} would. */
    static boolean covers(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return covers(request.getServletPath() + (pathInfo == null ? "" : pathInfo));
    }

    /** {@code path} within the application, without the query string. */
    static boolean covers(String path) {
        return under(path, "/ams") || under(path, "/amsin");
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
