package dev.otpserver.common.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/** A random 256-bit server secret in a Base64 file: read it, or create it on first start and say where. */
final class SecretBytes {

    private static final Logger LOG = Logger.getLogger(SecretBytes.class.getName());

    private SecretBytes() {
    }

    static byte[] loadOrCreate(Path file, String what, String configKey) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            SecretFiles.writeOwnerOnly(file, Base64.getEncoder().encodeToString(secret) + "\n");
            LOG.warning(() -> "Created a new " + what + " at " + file.toAbsolutePath()
                    + ". Keep it with the database; set " + configKey + " to keep it elsewhere.");
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the " + what + " at " + file, e);
        }
    }
}
