package dev.otpserver.systemtest.secrets;

import static dev.otpserver.systemtest.support.TestData.requestId;
import static dev.otpserver.systemtest.support.TestData.uniqueEmail;
import static dev.otpserver.systemtest.support.TestData.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.MailInbox;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.SmsSink;
import dev.otpserver.systemtest.support.TestData;
import dev.otpserver.systemtest.support.Wallet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After codes were issued, verified, refused and delivered, the server's log holds no code, no wallet token
 * and no destination in full: destinations appear masked, if at all; nor the pepper or the sealing key it read
 * from its secret store. (The client IT_SECRETS has 10-digit codes, so that a code cannot turn up in the log's
 * other numbers by chance.)
 */
class SecretsStaySecretIT extends DeployedEar {

    @RegisterExtension
    static final GreenMailExtension SMTP = MailInbox.smtp();

    @Test
    void noCodeTokenOrFullDestinationReachesTheServerLog() throws Exception {
        AdminClient admin = AdminClient.admin();
        Partner partner = Partner.registerAs("IT_SECRETS");
        String email = uniqueEmail();
        String phone = uniquePhone();
        String token = admin.issueToken(admin.createUser(email, phone, "en"), partner.clientId());
        String byEmail = requestId();
        String bySms = requestId();

        Wallet.init(partner, byEmail, "EMAIL", token).send();
        Wallet.init(partner, bySms, "SMS", token).send();
        String emailCode = MailInbox.codeIn(MailInbox.mailsTo(SMTP, email, 1).get(0));
        String smsCode = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));
        Wallet.verify(partner, byEmail, TestData.wrongCode(emailCode)).send();
        assertEquals(
                "SUCCESS", Wallet.verify(partner, byEmail, emailCode).send().resultCode());
        assertEquals("SUCCESS", Wallet.verify(partner, bySms, smsCode).send().resultCode());
        Wallet.init(partner, requestId(), "EMAIL", token + "x").send();
        Thread.sleep(1_000);

        String log = Files.readString(ServerUnderTest.serverLog(), StandardCharsets.UTF_8);
        assertEquals(10, emailCode.length());
        assertTrue(log.contains(email.charAt(0) + "***@example.com"), "destinations are logged masked");
        assertFalse(log.contains(emailCode), "email code in the log");
        assertFalse(log.contains(smsCode), "SMS code in the log");
        assertFalse(log.contains(token), "wallet token in the log");
        assertFalse(log.contains(email), "full email address in the log");
        assertFalse(log.contains(phone), "full phone number in the log");
        assertFalse(log.contains(ServerUnderTest.pepper()), "the pepper of the secret store in the log");
        assertFalse(log.contains(ServerUnderTest.sealingKey()), "the sealing key of the secret store in the log");
    }
}
