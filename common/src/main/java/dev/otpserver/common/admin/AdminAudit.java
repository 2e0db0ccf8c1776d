package dev.otpserver.common.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The audit trail of the admin API: who changed what, when, in the log {@code dev.otpserver.audit}. Never
 * give it a secret (a code, a token's value, a private key); ids and hashes only.
 */
@ApplicationScoped
public class AdminAudit {

    private static final Logger AUDIT = Logger.getLogger("dev.otpserver.audit");

    /** The container's caller of the current request (CDI's built-in bean forwards to it on every call). */
    @Inject
    Principal caller;

    @Inject
    Clock clock;

    public void record(String what) {
        String who = caller == null || caller.getName() == null ? "(unknown)" : caller.getName();
        AUDIT.info(() -> "admin " + who + " " + what + " at " + clock.instant());
    }
}
