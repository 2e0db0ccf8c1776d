package dev.otpserver.web.replay;

import java.util.Set;

/**
 * The gateway's APIs that answer a repeat of a request as they answered it, whatever the repeat's Request-Time:
 * initAuthentication and createChallenge by their request ids, queryOtpConfig because it only reads. Any other
 * path, an unknown one or another spelling of these included, is treated as changing state.
 */
final class IdempotentApis {

    private static final Set<String> PATHS = Set.of(
            "/ams/api/v1/users/initAuthentication",
            "/ams/sandbox/api/v1/users/initAuthentication",
            "/ams/api/v1/threeds/createChallenge",
            "/amsin/api/v1/business/worldcard/queryOtpConfig");

    private IdempotentApis() {
    }

    /** {@code path} as sent, without the query string. */
    static boolean contains(String path) {
        return PATHS.contains(path);
    }
}
