package dev.otpserver.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How much of a request body the server takes, and how long it waits for it: the same on every path and server. */
@ApplicationScoped
public class IntakeSettings {

    /** Largest body read on any path; a dialect may keep a smaller one of its own (otp.gateway.max-body-bytes). */
    @Inject
    @ConfigProperty(name = "otp.intake.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    /** Time a client has to send its whole body once its headers are in; a slower body is refused. */
    @Inject
    @ConfigProperty(name = "otp.intake.body-timeout-seconds", defaultValue = "10")
    long bodyTimeoutSeconds;

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public Duration bodyTimeout() {
        return Duration.ofSeconds(bodyTimeoutSeconds);
    }
}
