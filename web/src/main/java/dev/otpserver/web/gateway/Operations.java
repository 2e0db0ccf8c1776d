package dev.otpserver.web.gateway;

import java.util.Set;

/** The operation a gateway path names, for the latency metric: one of the known APIs, else "other" (bounded tags). */
final class Operations {

    private static final Set<String> KNOWN = Set.of("initAuthentication", "verifyAuthentication", "queryOtpConfig",
            "updateOtpNotifyConfig", "createChallenge", "verifyChallenge");

    private Operations() {
    }

    static String of(String uri) {
        String last = uri.substring(uri.lastIndexOf('/') + 1);
        return KNOWN.contains(last) ? last : "other";
    }
}
