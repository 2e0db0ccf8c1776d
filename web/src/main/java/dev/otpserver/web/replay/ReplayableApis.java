package dev.otpserver.web.replay;

import java.util.Set;

/**
 * The gateway's APIs that a replay changes nothing in, so that none of their requests is recorded:
 * initAuthentication and createChallenge answer a repeat of a request id as they answered it, queryOtpConfig
 * only reads, and the benchmark's baseline (in the benchmark's build only) writes a row that no answer
 * depends on, and stays the yardstick it was. Any other path, an unknown one or another spelling of these
 * included, is treated as changing state.
 */
final class ReplayableApis {

    private static final Set<String> PATHS = Set.of(
            "/ams/api/v1/users/initAuthentication",
            "/ams/sandbox/api/v1/users/initAuthentication",
            "/ams/api/v1/threeds/createChallenge",
            "/amsin/api/v1/business/worldcard/queryOtpConfig",
            "/ams/api/v1/benchmark/baseline");

    private ReplayableApis() {}

    /** {@code path} as sent, without the query string. */
    static boolean contains(String path) {
        return PATHS.contains(path);
    }
}
