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

    private SecretBytes() {}

    static byte[] loadOrCreate(Path file, SecretSetting setting) {
        try {
            if (Files.exists(file)) {
                return SecretValue.decode(setting, file.toString(), Files.readString(file, StandardCharsets.US_ASCII));
            }
            byte[] secret = new byte[SecretValue.BYTES];
            new SecureRandom().nextBytes(secret);
            SecretFiles.writeOwnerOnly(file, Base64.getEncoder().encodeToString(secret) + "\n");
            LOG.warning(() -> "Created a new " + setting.what() + " at " + file.toAbsolutePath()
                    + ". Keep it with the database; set " + setting.pathKey() + " to keep it elsewhere.");
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the " + setting.what() + " at " + file, e);
        }
    }
}
