package dev.otpserver.web.replay;

import java.util.Set;

/**
 * The gateway's APIs that are not idempotent and record their request's sighting in their own transaction
 * (common's {@code RequestSightings}), first thing, rather than the gateway recording it in a transaction of its
 * own before they run: one transaction per request instead of two. Each of them must record it before it changes
 * anything; a path not listed here is recorded by the gateway.
 */
final class SelfRecordingApis {

    private static final Set<String> PATHS =
            Set.of("/ams/api/v1/users/verifyAuthentication", "/ams/sandbox/api/v1/users/verifyAuthentication");

    private SelfRecordingApis() {}

    /** {@code path} as sent, without the query string. */
    static boolean contains(String path) {
        return PATHS.contains(path);
    }
}
