package dev.otpserver.web.gsp;

import dev.otpserver.common.gsp.GspSettings;
import dev.otpserver.web.intake.RequestTarget;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;

/**
 * The dialect's paths: {@code <otp.gsp.base-path>/v1/} and everything below it, as sent (the path within the
 * application, before decoding). The resources are written at {@link #RESOURCE_ROOT}; a configured base path is
 * mapped onto it before matching, and that root is then no path of its own.
 */
@ApplicationScoped
public class IntegratorPaths {

    /** Where {@link PaymentIntegratorResource} is written, the default base path's. */
    public static final String RESOURCE_ROOT = "/gsp/v1";

    private static final Set<String> OPERATIONS = Set.of("sendOtp", "verifyOtp");

    @Inject
    GspSettings settings;

    private String prefix;

    @PostConstruct
    void readBasePath() {
        prefix = settings.basePath() + "/v1/";
    }

    /** The path of {@code request} within the application, as sent. */
    static String of(HttpServletRequest request) {
        return RequestTarget.path(request);
    }

    public boolean covers(HttpServletRequest request) {
        return covers(of(request));
    }

    boolean covers(String path) {
        return path.startsWith(prefix);
    }

    /** {@code path} (covered) where the resources are written; empty when it is written there already. */
    Optional<String> onResourceRoot(String path) {
        return prefix.equals(RESOURCE_ROOT + "/")
                ? Optional.empty()
                : Optional.of(RESOURCE_ROOT + "/" + path.substring(prefix.length()));
    }

    /** The resource root when another base path is configured: not a path of the API then. */
    boolean hidden(String path) {
        return !covers(path) && path.startsWith(RESOURCE_ROOT + "/");
    }

    /** The operation a covered path names, a trailing slash ignored, as sent. */
    String operation(String path) {
        return path.substring(prefix.length()).replaceFirst("/$", "");
    }

    /** The operation for the latency metric: sendOtp, verifyOtp, else "other" (bounded tags). */
    String metricName(String path) {
        String operation = operation(path);
        return OPERATIONS.contains(operation) ? operation : "other";
    }
}
