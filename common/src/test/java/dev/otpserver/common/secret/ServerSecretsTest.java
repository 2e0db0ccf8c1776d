package dev.otpserver.common.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSecretsTest {

    private static final String PEPPER = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    @TempDir
    Path directory;

    @Test
    void aPepperFromTheSecretStoreIsUsedAsGiven() {
        ServerSecrets secrets = secrets(false);
        secrets.pepper = Optional.of(PEPPER);

        assertEquals(
                SecretFingerprint.of("pepper", Base64.getDecoder().decode(PEPPER)),
                secrets.pepper().fingerprint());
        assertFalse(Files.exists(directory.resolve("pepper")), "no file is made when the store has the pepper");
    }

    @Test
    void theSecretStoreWinsOverAFile() {
        ServerSecrets secrets = secrets(true);
        Pepper fromFile = secrets.pepper();
        secrets.pepper = Optional.of(PEPPER);

        assertFalse(fromFile.fingerprint().equals(secrets.pepper().fingerprint()));
    }

    @Test
    void aProductionNodeWithoutPepperRefusesToStartSayingHowToGiveItOne() {
        IllegalStateException refusal =
                assertThrows(IllegalStateException.class, () -> secrets(false).pepper());

        assertTrue(
                refusal.getMessage().startsWith("Refusing to start: no server pepper is configured"),
                refusal.getMessage());
        assertTrue(refusal.getMessage()
                .contains("otp.auth.pepper (from the server's secret store) or otp.auth.pepper.path"));
        assertFalse(Files.exists(directory.resolve("pepper")));
    }

    @Test
    void aProductionNodeWithoutSigningKeyFileRefusesToStart() {
        IllegalStateException refusal = assertThrows(
                IllegalStateException.class,
                () -> secrets(false)
                        .file(
                                SecretSetting.SIGNING_KEY,
                                Optional.of(directory.resolve("key.pem").toString())));

        assertTrue(
                refusal.getMessage().contains("no server signing key is configured. Set otp.gateway.signing-key.path"));
    }

    @Test
    void aDevelopmentRunMakesTheMissingSecretOnceAndKeepsIt() {
        ServerSecrets secrets = secrets(true);

        assertEquals(secrets.pepper().fingerprint(), secrets.pepper().fingerprint());
        assertTrue(Files.exists(directory.resolve("pepper")));
        assertEquals(secrets.pepper().fingerprint(), secrets(false).pepper().fingerprint());
    }

    @Test
    void aSecretOfTheWrongSizeIsRefusedWithoutQuotingIt() {
        ServerSecrets secrets = secrets(false);
        secrets.sealingKey = Optional.of("c2hvcnQ=");

        IllegalStateException refusal = assertThrows(IllegalStateException.class, secrets::sealingKey);

        assertEquals(
                "The sealing key in otp.notification.sealing-key has 5 bytes; it must have 32 (e.g. openssl rand -base64 32)",
                refusal.getMessage());
    }

    @Test
    void aSecretThatIsNotBase64IsRefusedWithoutQuotingIt() {
        ServerSecrets secrets = secrets(false);
        secrets.pepper = Optional.of("not base64 at all!");

        IllegalStateException refusal = assertThrows(IllegalStateException.class, secrets::pepper);

        assertEquals("The server pepper in otp.auth.pepper is not Base64", refusal.getMessage());
    }

    @Test
    void theMismatchMessageNamesTheSecretAndWhereItIsSet() {
        assertEquals(
                "Refusing to start: this node's server pepper (otp.auth.pepper or otp.auth.pepper.path) is not the one"
                        + " the database was written with (its fingerprint in srv_secret_fingerprint differs). Give every node the"
                        + " same server pepper: docs/operations.md, Secrets.",
                SecretSetting.PEPPER.mismatch());
    }

    private ServerSecrets secrets(boolean generateMissing) {
        ServerSecrets secrets = new ServerSecrets();
        secrets.generateMissing = generateMissing;
        secrets.pepper = Optional.empty();
        secrets.pepperPath = Optional.of(directory.resolve("pepper").toString());
        secrets.sealingKey = Optional.empty();
        secrets.sealingKeyPath = Optional.of(directory.resolve("sealing-key").toString());
        return secrets;
    }
}
