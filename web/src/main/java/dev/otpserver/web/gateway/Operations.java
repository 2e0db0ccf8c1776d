package dev.otpserver.web.gateway;

import java.util.Set;

/** The operation a gateway path names, for the latency metric: one of the known APIs, else "other" (bounded tags). */
final class Operations {

    private static final Set<String> KNOWN = Set.of(
            "initAuthentication",
            "verifyAuthentication",
            "queryOtpConfig",
            "updateOtpNotifyConfig",
            "createChallenge",
            "verifyChallenge");

    private Operations() {}

    /** A trailing slash names the same API. */
    static String of(String uri) {
        String path = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return KNOWN.contains(last) ? last : "other";
    }
}
