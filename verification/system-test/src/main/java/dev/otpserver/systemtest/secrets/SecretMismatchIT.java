package dev.otpserver.systemtest.secrets;

import static dev.otpserver.systemtest.secrets.ServerSecretsIT.fingerprint;
import static dev.otpserver.systemtest.secrets.ServerSecretsIT.recorded;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.Database;
import dev.otpserver.systemtest.support.SelfDeployedEar;
import dev.otpserver.systemtest.support.ServerUnderTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A node whose pepper is not the one the database was written with refuses to start: its deployment fails with
 * one log line naming the pepper, which shows neither the pepper nor a fingerprint.
 * <p>
 * Such a node is made without a second server: the database is made to say it was written under another pepper
 * (its fingerprint row replaced by that of a random one), which is the very comparison a node started with
 * another pepper meets at deployment; the row is put back afterwards. On Payara a failed deployment of the EAR
 * leaves the server unable to deploy it again until a restart (the next deployment's EntityManagerFactory comes
 * from the failed one's Hibernate classes), so system-test-payara runs this test alone, after the suite, in a
 * server start of its own: its failsafe run refused-deployment takes the tag refused-deployment.
 */
@Tag("refused-deployment")
class SecretMismatchIT extends SelfDeployedEar {

    private static final String REFUSAL =
            "Refusing to start: this node's server pepper (otp.auth.pepper or otp.auth.pepper.path)"
                    + " is not the one the database was written with";
    private static final String SET_PEPPER =
            "UPDATE srv_secret_fingerprint SET fingerprint = ? WHERE secret_name = 'pepper'";

    @Test
    void aNodeWhosePepperDiffersFromTheDatabasesRefusesToStartWithoutShowingIt() throws Exception {
        deploy();
        undeploy();
        String recorded = recorded("pepper");
        String otherPepper = randomSecret();
        long logBefore = Files.size(ServerUnderTest.serverLog());
        Database.update(SET_PEPPER, fingerprint("pepper", otherPepper));
        try {
            assertThrows(Exception.class, this::deploy, "the deployment fails");
            String log = logSince(logBefore);
            assertTrue(log.contains(REFUSAL), "the refusal is logged");
            assertFalse(log.contains(ServerUnderTest.pepper()) || log.contains(otherPepper), "no pepper is logged");
            assertFalse(
                    log.contains(recorded) || log.contains(fingerprint("pepper", otherPepper)),
                    "no fingerprint is logged");
        } finally {
            Database.update(SET_PEPPER, recorded);
            undeployQuietly();
        }
    }

    private void undeployQuietly() {
        try {
            undeploy();
        } catch (Exception notDeployed) {
            // a deployment that failed may or may not be left registered, depending on the server
        }
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static String logSince(long offset) throws Exception {
        byte[] all = Files.readAllBytes(ServerUnderTest.serverLog());
        return new String(
                all,
                (int) Math.min(offset, all.length),
                (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8);
    }
}
