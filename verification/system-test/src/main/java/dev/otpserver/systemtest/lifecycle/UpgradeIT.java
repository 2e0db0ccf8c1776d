package dev.otpserver.systemtest.lifecycle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.Database;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.MailInbox;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.SelfDeployedEar;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.TestData;
import dev.otpserver.systemtest.support.Wallet;
import dev.otpserver.systemtest.support.WebhookReceiver;
import dev.otpserver.systemtest.support.WebhookReceiver.Behaviour;
import dev.otpserver.systemtest.support.WebhookReceiver.Delivery;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An upgrade from a release: its database, with data in it, as the released server wrote it (upgrade/&lt;release&gt;.sql,
 * made by {@link ReleaseDump}), is migrated by this EAR's Flyway at deployment and served: the code that was
 * pending verifies, the queued mail and the pending 3DS notification are delivered once each, and the release's
 * partners still sign calls with their keys and use their end users' wallet tokens.
 * <p>
 * Codes in a kept dump have long expired: every timestamp of the loaded data is moved forward by the dump's age
 * (as RetentionIT ages rows with SQL), so the data is as the released server left it a moment ago. The partner's
 * webhook is moved to this run's receiver, the one thing of the dump tied to the machine that made it.
 */
class UpgradeIT extends SelfDeployedEar {

    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(60);
    private static final long NOTHING_MORE_MS = 3_000;

    @ParameterizedTest
    @ValueSource(strings = {"0.1.0"})
    void theReleasesDataIsMigratedAtDeploymentAndServed(String release) throws Exception {
        Properties dump = properties(release);
        Partner wallet = partner(dump, "wallet");
        Partner notified = partner(dump, "notified");
        CardSystem cards = new CardSystem(partner(dump, "cards"));
        GreenMail smtp =
                new GreenMail(new ServerSetup(ServerUnderTest.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (WebhookReceiver webhook = new WebhookReceiver(notified, Behaviour.ACK)) {
            load(release, dump, webhook);
            long migrationsBefore = Database.number("SELECT COUNT(*) FROM flyway_schema_history");
            smtp.start();
            deploy();
            try {
                String email = dump.getProperty("queued.email");
                List<MimeMessage> mails = MailInbox.mailsTo(smtp, email, 1, DELIVERED_WITHIN);
                webhook.await(1, DELIVERED_WITHIN);
                Thread.sleep(NOTHING_MORE_MS);
                List<Delivery> notifications = webhook.deliveries();
                assertEquals(1, notifications.size(), "exactly one delivery of the pending notification");
                String passcode = Json.createReader(
                                new StringReader(notifications.get(0).body()))
                        .readObject()
                        .getString("passcode");
                GatewayAnswer pending = Wallet.verify(
                                wallet, dump.getProperty("pending.request-id"), dump.getProperty("pending.code"))
                        .send();
                String fresh = TestData.requestId();
                GatewayAnswer sent = Wallet.init(wallet, fresh, "EMAIL", dump.getProperty("wallet.token"))
                        .send();
                List<MimeMessage> freshMails =
                        MailInbox.mailsTo(smtp, dump.getProperty("wallet.email"), 1, DELIVERED_WITHIN);
                assertAll(
                        () -> assertTrue(
                                Database.number("SELECT COUNT(*) FROM flyway_schema_history") > migrationsBefore,
                                "this EAR's migrations applied"),
                        () -> assertEquals(
                                0, Database.number("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")),
                        () -> assertEquals("SUCCESS", pending.resultCode(), pending.toString()),
                        () -> assertTrue(pending.signedByServer()),
                        () -> assertEquals(
                                1,
                                MailInbox.mailsTo(smtp, email, 1, DELIVERED_WITHIN)
                                        .size(),
                                "exactly one mail"),
                        () -> assertEquals(
                                "SUCCESS",
                                Wallet.verify(
                                                wallet,
                                                dump.getProperty("queued.request-id"),
                                                MailInbox.codeIn(mails.get(0)))
                                        .send()
                                        .resultCode()),
                        () -> assertEquals(
                                "SUCCESS",
                                cards.verify(dump.getProperty("notified.challenge-request-id"), passcode)
                                        .resultCode()),
                        () -> assertEquals(
                                "SUCCESS", sent.resultCode(), "a code to the wallet token of the release: " + sent),
                        () -> assertEquals(
                                "SUCCESS",
                                Wallet.verify(wallet, fresh, MailInbox.codeIn(freshMails.get(0)))
                                        .send()
                                        .resultCode()));
            } finally {
                undeploy();
            }
        } finally {
            smtp.stop();
        }
    }

    /** The release's database in place of this run's, its timestamps moved to now, its webhook to {@code webhook}. */
    private static void load(String release, Properties dump, WebhookReceiver webhook) throws IOException {
        DatabaseTools.empty();
        DatabaseTools.load(resource(release + ".sql"));
        DatabaseTools.moveTimeForward(Duration.between(Instant.parse(dump.getProperty("made-at")), Instant.now()));
        Database.update(
                "UPDATE cfg_notify_endpoint SET notify_url = ? WHERE client_id = ?",
                webhook.url().toString(),
                dump.getProperty("notified.client-id"));
    }

    private static Partner partner(Properties dump, String name) {
        return new Partner(
                dump.getProperty(name + ".client-id"), 1, PemKeys.privateKey(dump.getProperty(name + ".private-key")));
    }

    private static Properties properties(String release) throws IOException {
        Properties dump = new Properties();
        dump.load(new StringReader(resource(release + ".properties")));
        return dump;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UpgradeIT.class.getResourceAsStream("/upgrade/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No upgrade/" + name + " in system-test's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
