package dev.otpserver.common.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the embedded default's demo data comes from: one JSON file, read by each module for its own part. */
@ApplicationScoped
public class SeedSettings {

    /** JSON file of demo clients, users and wallet tokens to register at startup (servers/seed/README.md); unset: none. */
    @Inject
    @ConfigProperty(name = "otp.seed-file")
    Optional<String> seedFile;

    public Optional<Path> seedFile() {
        return seedFile.filter(path -> !path.isBlank()).map(Path::of);
    }
}
