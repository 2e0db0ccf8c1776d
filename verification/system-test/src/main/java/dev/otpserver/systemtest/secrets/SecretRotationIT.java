package dev.otpserver.systemtest.secrets;

import static dev.otpserver.systemtest.support.TestData.requestId;
import static dev.otpserver.systemtest.support.TestData.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.Database;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.MailInbox;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PublishedServerKeys;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.Wallet;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rotation without downtime, through the admin API, of the pepper (codes and tokens hashed before still verify),
 * the sealing key (a message queued before is still sent) and the server signing key (announced before it signs;
 * the old keyVersion still verifies what it signed and stays published).
 */
public class SecretRotationIT extends DeployedEar {

    private final AdminClient admin = AdminClient.admin();

    @Test
    void codesAndTokensHashedBeforeAPepperRotationStillVerify() throws Exception {
        GreenMail smtp = smtp();
        smtp.start();
        try {
            Partner partner = Partner.register();
            String email = uniqueEmail();
            String emailOfOldToken = uniqueEmail();
            String token = admin.issueToken(admin.createUser(email, null, "en"), partner.clientId());
            String tokenBefore = admin.issueToken(admin.createUser(emailOfOldToken, null, "en"), partner.clientId());
            String before = requestId();
            assertEquals(
                    "SUCCESS",
                    Wallet.init(partner, before, "EMAIL", token).send().resultCode());
            String codeBefore = MailInbox.codeIn(mail(smtp, email, 1));

            AdminClient.Answer rotated = admin.send("POST", "/admin/secrets/pepper/rotations", null);

            assertEquals(201, rotated.status(), rotated.body());
            int version = rotated.json().getInt("version");
            assertEquals("IN_USE", rotated.json().getString("state"));
            assertEquals(version, secrets().getJsonObject("pepper").getInt("inUse"));
            // a token hashed under the old pepper is still found; its new code is hashed under the new one
            String after = requestId();
            assertEquals(
                    "SUCCESS",
                    Wallet.init(partner, after, "EMAIL", tokenBefore).send().resultCode());
            String codeAfter = MailInbox.codeIn(mail(smtp, emailOfOldToken, 1));
            assertTrue(pepperVersionOf(before) < version, "the code before was hashed under the old pepper");
            assertEquals(version, pepperVersionOf(after));
            assertEquals(
                    "SUCCESS", Wallet.verify(partner, before, codeBefore).send().resultCode());
            assertEquals(
                    "SUCCESS", Wallet.verify(partner, after, codeAfter).send().resultCode());

            String emailAfter = uniqueEmail();
            String userAfter = admin.createUser(emailAfter, null, "en");
            String tokenAfter = admin.issueToken(userAfter, partner.clientId());
            assertEquals(
                    String.valueOf(version),
                    Database.text("SELECT pepper_version FROM auth_wallet_token WHERE user_id = ?", userAfter));
            String third = requestId();
            assertEquals(
                    "SUCCESS",
                    Wallet.init(partner, third, "EMAIL", tokenAfter).send().resultCode());
            String codeThird = MailInbox.codeIn(mail(smtp, emailAfter, 1));
            assertEquals(
                    "SUCCESS", Wallet.verify(partner, third, codeThird).send().resultCode());

            // the operator sees what each pepper version still keys
            AdminClient.Answer hashes = admin.send("GET", "/admin/secrets/pepper/hashes", null);
            assertEquals(200, hashes.status(), hashes.body());
            assertEquals(version, hashes.json().getInt("inUse"));
            JsonObject underNew = pepperVersion(hashes.json(), version);
            JsonObject underBase = pepperVersion(hashes.json(), 1);
            assertEquals(
                    Database.number("SELECT COUNT(*) FROM auth_challenge WHERE pepper_version = " + version),
                    underNew.getJsonObject("columns")
                            .getJsonNumber("auth_challenge.code_hash")
                            .longValue());
            assertTrue(underNew.getJsonObject("columns")
                            .getJsonNumber("auth_challenge.code_hash")
                            .longValue()
                    >= 2);
            assertTrue(underNew.getJsonObject("columns")
                            .getJsonNumber("auth_wallet_token.token_hash")
                            .longValue()
                    >= 1);
            assertTrue(
                    underBase
                                    .getJsonObject("columns")
                                    .getJsonNumber("auth_init_request.fingerprint")
                                    .longValue()
                            >= 3,
                    "request fingerprints stay under the secret store's pepper");
            assertEquals(
                    underNew.getJsonObject("columns").values().stream()
                            .mapToLong(count -> ((jakarta.json.JsonNumber) count).longValue())
                            .sum(),
                    underNew.getJsonNumber("rows").longValue());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMessageSealedBeforeASealingKeyRotationIsStillSent() throws Exception {
        Partner partner = Partner.register();
        String email = uniqueEmail();
        String token = admin.issueToken(admin.createUser(email, null, "en"), partner.clientId());
        String before = requestId();
        // no mail server yet: the message stays queued, sealed under the key in use before the rotation
        assertEquals(
                "SUCCESS", Wallet.init(partner, before, "EMAIL", token).send().resultCode());
        String sealedBefore = queuedSealedValues(email);

        AdminClient.Answer rotated = admin.send("POST", "/admin/secrets/sealing-key/rotations", null);

        assertEquals(201, rotated.status(), rotated.body());
        int version = rotated.json().getInt("version");
        assertFalse(sealedBefore.startsWith("k" + version + ":"), "sealed before the rotation");
        String emailAfter = uniqueEmail();
        String tokenAfter = admin.issueToken(admin.createUser(emailAfter, null, "en"), partner.clientId());
        String after = requestId();
        assertEquals(
                "SUCCESS",
                Wallet.init(partner, after, "EMAIL", tokenAfter).send().resultCode());
        assertTrue(queuedSealedValues(emailAfter).startsWith("k" + version + ":"), "sealed under the new key");
        GreenMail smtp = smtp();
        smtp.start();
        try {
            String codeBefore = MailInbox.codeIn(mail(smtp, email, 1));
            String codeAfter = MailInbox.codeIn(mail(smtp, emailAfter, 1));
            assertEquals(
                    "SUCCESS", Wallet.verify(partner, before, codeBefore).send().resultCode());
            assertEquals(
                    "SUCCESS", Wallet.verify(partner, after, codeAfter).send().resultCode());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aNewSigningKeyIsAnnouncedBeforeItSignsAndTheOldKeyVersionStillVerifies() throws Exception {
        JsonObject keysBefore = secrets().getJsonObject("signingKey");
        int oldVersion = keysBefore.getInt("inUse");
        PublicKey cachedOld = publishedKey(keysBefore, oldVersion);
        if (oldVersion == 1) {
            assertEquals(PemKeys.publicKey(Files.readString(ServerUnderTest.serverPublicKey())), cachedOld);
        }
        Partner partner = Partner.register();
        assertEquals(oldVersion, PublishedServerKeys.list().getInt("inUse"));
        assertEquals(cachedOld, partnersKey(oldVersion, "IN_USE"), "the partner's list has the key in use");

        AdminClient.Answer announced = admin.send("POST", "/admin/secrets/signing-key/rotations", null);

        assertEquals(201, announced.status(), announced.body());
        int newVersion = announced.json().getInt("version");
        assertEquals("ANNOUNCED", announced.json().getString("state"));
        PublicKey announcedKey = PemKeys.publicKey(announced.json().getString("publicKey"));
        assertEquals(announcedKey, publishedKey(secrets().getJsonObject("signingKey"), newVersion));
        // a partner sees the announced key, before any answer carries it, without credentials
        assertEquals(oldVersion, PublishedServerKeys.list().getInt("inUse"));
        assertEquals(announcedKey, partnersKey(newVersion, "ANNOUNCED"));
        assertEquals(cachedOld, partnersKey(oldVersion, "IN_USE"));
        assertEquals(
                409,
                admin.send("POST", "/admin/secrets/signing-key/rotations", null).status());
        GatewayAnswer whileAnnounced = anyAnswer(partner);
        assertEquals(oldVersion, keyVersionOf(whileAnnounced));
        assertTrue(whileAnnounced.signedByServer(), "the partner's cached key still verifies");

        AdminClient.Answer activated =
                admin.send("POST", "/admin/secrets/signing-key/versions/" + newVersion + "/activation", null);

        assertEquals(200, activated.status(), activated.body());
        assertEquals("IN_USE", activated.json().getString("state"));
        GatewayAnswer afterSwitch = anyAnswer(partner);
        assertEquals(newVersion, keyVersionOf(afterSwitch));
        assertTrue(afterSwitch.signedByServer(), "verifies with the announced key of its keyVersion");
        JsonObject keysAfter = secrets().getJsonObject("signingKey");
        assertEquals(newVersion, keysAfter.getInt("inUse"));
        assertEquals(cachedOld, publishedKey(keysAfter, oldVersion), "the old keyVersion stays published");
        assertEquals(newVersion, PublishedServerKeys.list().getInt("inUse"));
        assertEquals(announcedKey, partnersKey(newVersion, "IN_USE"));
        assertEquals(cachedOld, partnersKey(oldVersion, "PREVIOUS"), "the partner's list keeps the old key");
        assertNotEquals(cachedOld, announcedKey);
        assertEquals(
                404,
                admin.send("POST", "/admin/secrets/signing-key/versions/" + newVersion + "/activation", null)
                        .status());
    }

    @Test
    void aRotationCallWithAFormRotatesNothing() {
        JsonObject before = secrets();
        for (String call : List.of(
                "/admin/secrets/pepper/rotations",
                "/admin/secrets/sealing-key/rotations",
                "/admin/secrets/signing-key/rotations")) {
            for (String body : List.of("{\"version\":99}", "[]", "null", "x", "{}{}")) {
                AdminClient.Answer refused = admin.send("POST", call, body);

                assertEquals(400, refused.status(), call + " " + body + ": " + refused.body());
                assertTrue(refused.contentType().startsWith("application/json"), refused.contentType());
                assertEquals(400, refused.json().getInt("status"));
                assertEquals(
                        "This call takes no body, or the empty JSON object {}.",
                        refused.json().getString("message"));
            }
        }
        JsonObject after = secrets();
        for (String secret : List.of("pepper", "sealingKey", "signingKey")) {
            assertEquals(before.get(secret), after.get(secret), secret + ": no version made, none activated");
        }
    }

    /** The key of {@code keyVersion} in the public list a partner reads, which must be in {@code state}. */
    private static PublicKey partnersKey(int keyVersion, String state) {
        JsonObject key = PublishedServerKeys.list().getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(candidate -> candidate.getInt("keyVersion") == keyVersion)
                .findFirst()
                .orElseThrow(() -> new AssertionError("keyVersion " + keyVersion + " is not in GET /server-keys"));
        assertEquals(state, key.getString("state"), "keyVersion " + keyVersion);
        return PemKeys.publicKey(key.getString("publicKey"));
    }

    private static JsonObject pepperVersion(JsonObject hashes, int version) {
        return hashes.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .filter(counted -> counted.getInt("version") == version)
                .findFirst()
                .orElseThrow(() -> new AssertionError("pepper version " + version + " not counted: " + hashes));
    }

    private JsonObject secrets() {
        AdminClient.Answer answer = admin.send("GET", "/admin/secrets", null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static PublicKey publishedKey(JsonObject signingKeys, int version) {
        return signingKeys.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .filter(key -> key.getInt("version") == version)
                .map(key -> PemKeys.publicKey(key.getString("publicKey")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("keyVersion " + version + " is not published"));
    }

    /** A signed answer: the gateway refuses an unknown wallet token, signed like any answer. */
    private static GatewayAnswer anyAnswer(Partner partner) {
        GatewayAnswer answer =
                Wallet.init(partner, requestId(), "EMAIL", "no-such-token").send();
        assertEquals(200, answer.status(), answer.toString());
        return answer;
    }

    private static int keyVersionOf(GatewayAnswer answer) {
        return SignatureHeader.parse(answer.header("Signature"))
                .orElseThrow()
                .keyVersion()
                .orElseThrow();
    }

    private static int pepperVersionOf(String requestId) {
        return Integer.parseInt(
                Database.text("SELECT pepper_version FROM auth_challenge WHERE request_id = ?", requestId));
    }

    private static String queuedSealedValues(String email) {
        return Database.text(
                "SELECT sealed_values FROM ntf_message WHERE destination = ? AND status = 'QUEUED'", email);
    }

    private static MimeMessage mail(GreenMail smtp, String email, int count) {
        List<MimeMessage> mails = MailInbox.mailsTo(smtp, email, count, Duration.ofSeconds(120));
        assertEquals(count, mails.size(), "mails to " + email);
        return mails.get(count - 1);
    }

    private static GreenMail smtp() {
        return new GreenMail(new ServerSetup(ServerUnderTest.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
