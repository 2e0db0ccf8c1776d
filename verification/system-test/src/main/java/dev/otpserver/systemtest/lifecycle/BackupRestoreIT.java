package dev.otpserver.systemtest.lifecycle;

import static dev.otpserver.systemtest.support.TestData.requestId;
import static dev.otpserver.systemtest.support.TestData.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.MailInbox;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.SelfDeployedEar;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.Wallet;
import dev.otpserver.systemtest.support.WalletUser;
import dev.otpserver.systemtest.support.WebhookReceiver;
import dev.otpserver.systemtest.support.WebhookReceiver.Behaviour;
import dev.otpserver.systemtest.support.WebhookReceiver.Delivery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup and restore of docs/operations.md: with the application stopped and work still queued (a code texted
 * and pending, a mail the mail server has not taken yet, a 3DS notification the partner's webhook has not acknowledged yet),
 * the database is backed up with pg_dump and the signing key and JOSE key set copied; then both are lost (the
 * database emptied, the key files deleted) and restored with pg_restore and the copies. Afterwards the code
 * verifies, the server signs with the same key, and the mail and the notification are delivered once each.
 * <p>
 * The server and its secret store stay (the pepper and the sealing key come from it): the restore goes into the
 * database the server's pool points to, emptied rather than dropped, since dropping it would break the pool's
 * connections.
 */
class BackupRestoreIT extends SelfDeployedEar {

    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(60);
    private static final long NOTHING_MORE_MS = 3_000;

    @TempDir
    Path backup;

    @Test
    void aCodeIssuedBeforeTheBackupVerifiesAfterTheRestoreAndWorkQueuedBeforeItIsDeliveredOnce() throws Exception {
        GreenMail smtp =
                new GreenMail(new ServerSetup(ServerUnderTest.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        deploy();
        try {
            Partner partner = Partner.register();
            Partner notified = Partner.register();
            try (WebhookReceiver webhook = new WebhookReceiver(notified, Behaviour.UNKNOWN)) {
                WalletUser texted = WalletUser.of(partner);
                WalletUser.Code pending = texted.code();
                String email = uniqueEmail();
                String mailed = mailQueuedTo(partner, email);
                notified.notifiedAt(webhook.url()).preferenceOn();
                CardSystem cards = CardSystem.register();
                JsonObject challenge = CardSystem.challenge(notified.clientId(), CardSystem.freshPhone())
                        .build();
                assertEquals(
                        "SUCCESS",
                        cards.create(Json.createObjectBuilder(challenge)).resultCode());
                webhook.await(1, Duration.ofSeconds(10));
                String signingKey = Files.readString(ServerUnderTest.serverPublicKey());
                undeploy();

                backUp();
                lose();
                restore();
                int unacknowledged = webhook.deliveries().size();
                webhook.answer(Behaviour.ACK);
                smtp.start();
                deploy();

                List<MimeMessage> mails = MailInbox.mailsTo(smtp, email, 1, DELIVERED_WITHIN);
                webhook.await(unacknowledged + 1, DELIVERED_WITHIN);
                Thread.sleep(NOTHING_MORE_MS);
                List<Delivery> notifications = webhook.deliveries();
                assertEquals(unacknowledged + 1, notifications.size(), "exactly one delivery after the restore");
                String passcode = Json.createReader(new StringReader(
                                notifications.get(unacknowledged).body()))
                        .readObject()
                        .getString("passcode");
                GatewayAnswer verified = texted.verify(pending, pending.value());
                assertAll(
                        () -> assertEquals("SUCCESS", verified.resultCode(), verified.toString()),
                        () -> assertTrue(verified.signedByServer(), "signed with the key of before the backup"),
                        () -> assertEquals(signingKey, Files.readString(ServerUnderTest.serverPublicKey())),
                        () -> assertEquals(
                                1,
                                MailInbox.mailsTo(smtp, email, 1, DELIVERED_WITHIN)
                                        .size(),
                                "exactly one mail"),
                        () -> assertEquals(
                                "SUCCESS",
                                Wallet.verify(partner, mailed, MailInbox.codeIn(mails.get(0)))
                                        .send()
                                        .resultCode()),
                        () -> assertEquals(
                                "SUCCESS",
                                cards.verify(challenge.getString("challengeRequestId"), passcode)
                                        .resultCode()));
            }
        } finally {
            undeploy();
            smtp.stop();
        }
    }

    /** A wallet code by email while no mail server listens: the message stays queued. */
    private static String mailQueuedTo(Partner partner, String email) {
        AdminClient admin = AdminClient.admin();
        String requestId = requestId();
        String token = admin.issueToken(admin.createUser(email, null, "en"), partner.clientId());
        assertEquals(
                "SUCCESS",
                Wallet.init(partner, requestId, "EMAIL", token).send().resultCode());
        return requestId;
    }

    private void backUp() throws Exception {
        DatabaseTools.backUpTo(backup.resolve("otp.dump"));
        for (Path key : keyFilesWithPublicHalves()) {
            Files.copy(key, backup.resolve(key.getFileName()));
        }
    }

    private void lose() throws Exception {
        DatabaseTools.empty();
        for (Path key : keyFilesWithPublicHalves()) {
            Files.delete(key);
        }
    }

    private void restore() throws Exception {
        DatabaseTools.restoreFrom(backup.resolve("otp.dump"));
        for (Path key : keyFilesWithPublicHalves()) {
            Files.copy(backup.resolve(key.getFileName()), key, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static List<Path> keyFilesWithPublicHalves() {
        return ServerUnderTest.keyFiles().stream()
                .flatMap(key -> java.util.stream.Stream.of(key, Path.of(key + ".pub")))
                .toList();
    }
}
