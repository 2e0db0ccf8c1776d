package dev.otpserver.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pepper and the sealing key come from the server's own secret store (system-test-payara: password aliases;
 * system-test-wildfly: encrypted expressions of an Elytron credential store), and a node whose pepper is not the
 * one the database was written with refuses to start, naming the pepper and never showing it.
 * <p>
 * Such a node is made without a second server: the database is made to say it was written under another pepper
 * (its fingerprint row replaced by that of a random one), which is the very comparison a node started with
 * another pepper meets at deployment; the row is put back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ServerSecretsIT {

    private static final String EAR = "secrets";
    private static final String REFUSAL = "Refusing to start: this node's server pepper (otp.auth.pepper or otp.auth.pepper.path)"
            + " is not the one the database was written with";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ServerUnderTest.ear());
    }

    @Test
    void theServerKeysItsDataWithThePepperAndSealingKeyOfItsSecretStore() {
        deployer.deploy(EAR);
        try {
            assertEquals(fingerprint("pepper", ServerUnderTest.pepper()), recorded("pepper"));
            assertEquals(fingerprint("sealing-key", ServerUnderTest.sealingKey()), recorded("sealing-key"));
        } finally {
            deployer.undeploy(EAR);
        }
    }

    @Test
    void aNodeWhosePepperDiffersFromTheDatabasesRefusesToStartWithoutShowingIt() throws Exception {
        deployer.deploy(EAR);
        deployer.undeploy(EAR);
        String recorded = recorded("pepper");
        String otherPepper = randomSecret();
        long logBefore = Files.size(ServerUnderTest.serverLog());
        Database.update("UPDATE srv_secret_fingerprint SET fingerprint = ? WHERE secret_name = 'pepper'", fingerprint("pepper", otherPepper));
        try {
            assertThrows(Exception.class, () -> deployer.deploy(EAR), "the deployment fails");
            String log = logSince(logBefore);
            assertTrue(log.contains(REFUSAL), "the refusal is logged");
            assertFalse(log.contains(ServerUnderTest.pepper()), "the pepper is not logged");
            assertFalse(log.contains(recorded) || log.contains(fingerprint("pepper", otherPepper)), "no fingerprint is logged");
        } finally {
            Database.update("UPDATE srv_secret_fingerprint SET fingerprint = ? WHERE secret_name = 'pepper'", recorded);
            undeployQuietly();
        }
        deployer.deploy(EAR);
        deployer.undeploy(EAR);
    }

    private void undeployQuietly() {
        try {
            deployer.undeploy(EAR);
        } catch (Exception notDeployed) {
            // a deployment that failed may or may not be left registered, depending on the server
        }
    }

    private static String recorded(String secretName) {
        return Database.text("SELECT fingerprint FROM srv_secret_fingerprint WHERE secret_name = ?", secretName);
    }

    /** The keyed fingerprint of docs/operations.md: HMAC-SHA256 under the secret of a fixed label. */
    private static String fingerprint(String secretName, String base64Secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Secret), "HmacSHA256"));
            byte[] label = ("otp-server secret fingerprint v1: " + secretName).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(label));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static String logSince(long offset) throws Exception {
        byte[] all = Files.readAllBytes(ServerUnderTest.serverLog());
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
    }
}
