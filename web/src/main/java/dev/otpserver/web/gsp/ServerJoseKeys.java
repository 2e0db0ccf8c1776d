package dev.otpserver.web.gsp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.otpserver.common.secret.SecretFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;

/**
 * The server's own keys of the payment-integrator dialect: a JWK set file with private keys, a server secret
 * readable by the server's user only. The first key for signatures ({@code "use":"sig"}) signs every answer;
 * every key for encryption ({@code "use":"enc"}) decrypts, so that a new one can be added before callers
 * switch to it and the old one removed after. Where no file exists, one is created with a key of each use,
 * and its public half is written beside it as {@code <file>.pub} for the key exchange with callers.
 */
public record ServerJoseKeys(JWK signingKey, List<JWK> decryptionKeys) {

    private static final Logger LOG = Logger.getLogger(ServerJoseKeys.class.getName());

    public ServerJoseKeys {
        decryptionKeys = List.copyOf(decryptionKeys);
    }

    public static ServerJoseKeys loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return of(JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8)), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the payment-integrator keys at " + file, e);
        } catch (ParseException e) {
            // no parser message here: it may quote the file, which holds private keys
            throw new IllegalStateException("The payment-integrator keys at " + file + " are not a JWK set (RFC 7517)");
        }
    }

    static ServerJoseKeys of(JWKSet keys, Path file) {
        JWK signing = keys.getKeys().stream()
                .filter(key -> KeyUse.SIGNATURE.equals(key.getKeyUse()) && key.isPrivate())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " holds no private key with \"use\":\"sig\""));
        List<JWK> decryption = keys.getKeys().stream()
                .filter(key -> KeyUse.ENCRYPTION.equals(key.getKeyUse()) && key.isPrivate())
                .toList();
        if (decryption.isEmpty()) {
            throw new IllegalStateException(file + " holds no private key with \"use\":\"enc\"");
        }
        return new ServerJoseKeys(signing, decryption);
    }

    private static void create(Path file) throws IOException {
        String day = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        JWKSet keys = new JWKSet(
                List.of(generate(KeyUse.SIGNATURE, "sig-" + day), generate(KeyUse.ENCRYPTION, "enc-" + day)));
        SecretFiles.writeOwnerOnly(file, keys.toString(false));
        Path publicFile = Path.of(file + ".pub");
        Files.writeString(publicFile, keys.toPublicJWKSet().toString(), StandardCharsets.UTF_8);
        LOG.warning(() ->
                "Created new payment-integrator keys at " + file.toAbsolutePath() + "; callers get their public half "
                        + publicFile.toAbsolutePath() + ". Set otp.gsp.server-keys.path to keep your own keys.");
    }

    private static JWK generate(KeyUse use, String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyUse(use).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    @Override
    public String toString() {
        return "ServerJoseKeys[sig=" + signingKey.getKeyID() + ", enc="
                + decryptionKeys.stream().map(JWK::getKeyID).toList() + "]";
    }
}
