package dev.otpserver.systemtest.lifecycle;

import static dev.otpserver.systemtest.support.TestData.requestId;
import static dev.otpserver.systemtest.support.TestData.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.MailInbox;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.SelfDeployedEar;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.Wallet;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The outbox is the only state of a delivery: codes queued while the mail server is down, and still queued
 * when the application stops, are delivered once it is back, each exactly once.
 */
class QueuedMessagesSurviveRestartIT extends SelfDeployedEar {

    @Test
    void codesQueuedBeforeARestartAreDeliveredOnceAfterIt() throws Exception {
        GreenMail smtp =
                new GreenMail(new ServerSetup(ServerUnderTest.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        deploy();
        try {
            Partner partner = Partner.register();
            AdminClient admin = AdminClient.admin();
            Map<String, String> requestByEmail = new LinkedHashMap<>();
            for (int i = 0; i < 3; i++) {
                String email = uniqueEmail();
                String requestId = requestId();
                String token = admin.issueToken(admin.createUser(email, null, "en"), partner.clientId());
                assertEquals(
                        "SUCCESS",
                        Wallet.init(partner, requestId, "EMAIL", token).send().resultCode());
                requestByEmail.put(email, requestId);
            }
            Thread.sleep(2_000);

            undeploy();
            smtp.start();
            deploy();

            List<String> codes = new ArrayList<>();
            for (String email : requestByEmail.keySet()) {
                List<MimeMessage> mails = waitForMail(smtp, email);
                codes.add(MailInbox.codeIn(mails.get(0)));
            }
            Thread.sleep(3_000);
            for (String email : requestByEmail.keySet()) {
                assertEquals(1, mailsTo(smtp, email).size(), "exactly one mail to " + email);
            }
            int i = 0;
            for (String requestId : requestByEmail.values()) {
                assertEquals(
                        "SUCCESS",
                        Wallet.verify(partner, requestId, codes.get(i++)).send().resultCode());
            }
        } finally {
            undeploy();
            smtp.stop();
        }
    }

    private static List<MimeMessage> waitForMail(GreenMail smtp, String email) throws InterruptedException {
        for (int i = 0; i < 600 && mailsTo(smtp, email).isEmpty(); i++) {
            Thread.sleep(100);
        }
        return mailsTo(smtp, email);
    }

    private static List<MimeMessage> mailsTo(GreenMail smtp, String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return mail.getAllRecipients()[0].toString().equals(email);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
