package dev.otpserver.systemtest.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.systemtest.support.Database;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.ServerUnderTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The pepper and the sealing key come from the server's own secret store (system-test-payara: password aliases;
 * system-test-wildfly: encrypted expressions of an Elytron credential store): the fingerprints the server records
 * are those of the values the server module put there. (A node with another pepper: {@link SecretMismatchIT}.)
 */
class ServerSecretsIT extends DeployedEar {

    @Test
    void theServerKeysItsDataWithThePepperAndSealingKeyOfItsSecretStore() {
        assertEquals(fingerprint("pepper", ServerUnderTest.pepper()), recorded("pepper"));
        assertEquals(fingerprint("sealing-key", ServerUnderTest.sealingKey()), recorded("sealing-key"));
    }

    static String recorded(String secretName) {
        return Database.text("SELECT fingerprint FROM srv_secret_fingerprint WHERE secret_name = ?", secretName);
    }

    /** The keyed fingerprint of docs/operations.md: HMAC-SHA256 under the secret of a fixed label. */
    static String fingerprint(String secretName, String base64Secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Secret), "HmacSHA256"));
            byte[] label = ("otp-server secret fingerprint v1: " + secretName).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(label));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
