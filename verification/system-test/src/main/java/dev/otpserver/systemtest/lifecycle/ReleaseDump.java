package dev.otpserver.systemtest.lifecycle;

import static dev.otpserver.systemtest.support.TestData.requestId;
import static dev.otpserver.systemtest.support.TestData.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.SelfDeployedEar;
import dev.otpserver.systemtest.support.Wallet;
import dev.otpserver.systemtest.support.WalletUser;
import dev.otpserver.systemtest.support.WebhookReceiver;
import dev.otpserver.systemtest.support.WebhookReceiver.Behaviour;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the dump of a release that {@link UpgradeIT} starts from: run once per release, against the released EAR
 * (docs/upgrades.md says how), never in the suite. It fills a fresh database through the released server with
 * what an operator's database holds: partners and their keys, users and wallet tokens, a code texted and pending,
 * a mail queued (no mail server listens), a 3DS notification the partner's webhook has not acknowledged; stops
 * the application and writes {@code <release>.sql} (pg_dump, plain SQL) and {@code <release>.properties} (the
 * partners' private keys, the token, the pending code: what the test needs to use that data) to
 * {@code otp.release-dump.dir}.
 */
@EnabledIfSystemProperty(named = "otp.release-dump.dir", matches = ".+")
class ReleaseDump extends SelfDeployedEar {

    @Test
    void dumpOfTheReleasedServersDatabase() throws Exception {
        DatabaseTools.empty();
        deploy();
        Partner wallet = Partner.register();
        Partner notified = Partner.register();
        CardSystem cards = CardSystem.register();
        Properties made = new Properties();
        try (WebhookReceiver webhook = new WebhookReceiver(notified, Behaviour.UNKNOWN)) {
            AdminClient admin = AdminClient.admin();
            String walletEmail = uniqueEmail();
            String phone = CardSystem.freshPhone();
            String userId = admin.createUser(walletEmail, phone, "en");
            WalletUser user = new WalletUser(wallet, userId, phone, admin.issueToken(userId, wallet.clientId()));
            WalletUser.Code pending = user.code();
            String email = uniqueEmail();
            String mailed = requestId();
            String mailToken = admin.issueToken(admin.createUser(email, null, "en"), wallet.clientId());
            assertEquals(
                    "SUCCESS",
                    Wallet.init(wallet, mailed, "EMAIL", mailToken).send().resultCode());
            notified.notifiedAt(webhook.url()).preferenceOn();
            JsonObject challenge = CardSystem.challenge(notified.clientId(), CardSystem.freshPhone())
                    .build();
            assertEquals(
                    "SUCCESS", cards.create(Json.createObjectBuilder(challenge)).resultCode());
            webhook.await(1, Duration.ofSeconds(10));

            partner(made, "wallet", wallet);
            partner(made, "notified", notified);
            partner(made, "cards", cards.client());
            made.setProperty("wallet.token", user.token());
            made.setProperty("wallet.email", walletEmail);
            made.setProperty("pending.request-id", pending.requestId());
            made.setProperty("pending.code", pending.value());
            made.setProperty("queued.request-id", mailed);
            made.setProperty("queued.email", email);
            made.setProperty("notified.challenge-request-id", challenge.getString("challengeRequestId"));
            made.setProperty("made-at", Instant.now().toString());
        } finally {
            undeploy();
        }
        write(made);
    }

    private static void partner(Properties made, String name, Partner partner) {
        made.setProperty(name + ".client-id", partner.clientId());
        made.setProperty(name + ".private-key", PemKeys.pem(partner.privateKey()));
    }

    private static void write(Properties made) throws IOException {
        Path dir = Path.of(System.getProperty("otp.release-dump.dir"));
        String release = System.getProperty("otp.release-dump.release");
        Path sql = dir.resolve(release + ".sql");
        DatabaseTools.dumpPlainTo(sql);
        Files.writeString(
                sql,
                "-- The database of release " + release + " with data in it, made by ReleaseDump (system-test) with "
                        + System.getProperty("otp.release-dump.made-from") + ": docs/upgrades.md.\n"
                        + Files.readString(sql));
        try (Writer out = Files.newBufferedWriter(dir.resolve(release + ".properties"), StandardCharsets.UTF_8)) {
            made.store(out, "What UpgradeIT needs to use the data of " + release + ".sql (test keys only)");
        }
    }
}
