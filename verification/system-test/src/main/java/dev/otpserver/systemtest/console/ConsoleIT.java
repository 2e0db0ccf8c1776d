package dev.otpserver.systemtest.console;

import static dev.otpserver.systemtest.support.TestData.requestId;
import static dev.otpserver.systemtest.support.TestData.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.SmsSink;
import dev.otpserver.systemtest.support.Wallet;
import dev.otpserver.systemtest.support.WebhookReceiver;
import dev.otpserver.systemtest.support.WebhookReceiver.Behaviour;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The admin console in a real browser (Debian's chromium) against the deployed EAR: the login of the server's own
 * realm, the dashboard, clients and their keys, messages, partner notifications; a viewer reads but changes
 * nothing; every refusal beside its field; a form sent twice changes nothing twice. Screenshots of each page go
 * to the server module's target/console-screenshots.
 */
class ConsoleIT extends DeployedEar {

    private static final String REPEATED = "This form was sent already";
    private static final String READ_ONLY = "Your group may read but not change";

    private final AdminClient admin = AdminClient.admin();

    @Test
    void loggedOutUserIsSentToTheLoginAndTheConsoleIsAtSlashConsole() {
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.go("/console/clients.xhtml");
            assertEquals("/console/login.xhtml", browser.path(), browser.page());
            browser.go("/console");
            assertEquals("/console/login.xhtml", browser.path(), browser.page());
            browser.screenshot("login");

            browser.logIn(ServerUnderTest.adminUser(), "not-the-password");
            assertAll(
                    () -> assertEquals("/console/login.xhtml", browser.path()),
                    () -> assertEquals("Wrong user name or password.", browser.text("login:passwordError")));

            browser.logIn(ServerUnderTest.adminUser(), ServerUnderTest.adminPassword());
            assertEquals("/console/dashboard.xhtml", browser.path(), browser.page());
            assertTrue(browser.has("backlogs"), browser.page());
            browser.go("/console");
            assertEquals("/console/dashboard.xhtml", browser.path(), browser.page());
            browser.go("/console/");
            assertEquals("/console/dashboard.xhtml", browser.path(), browser.page());
            browser.screenshot("dashboard");

            browser.logOut();
            assertEquals("/console/login.xhtml", browser.path(), browser.page());
            browser.go("/console/clients.xhtml");
            assertEquals("/console/login.xhtml", browser.path(), "logged out: back to the login");
        }
    }

    @Test
    void userOfNeitherGroupIsRefusedAtTheLogin() {
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.logIn(ServerUnderTest.plainUser(), ServerUnderTest.plainUserPassword());
            assertAll(
                    () -> assertEquals("/console/login.xhtml", browser.path()),
                    () -> assertTrue(browser.text("login:userError").contains("neither group"), browser.page()));
            browser.go("/console/dashboard.xhtml");
            assertEquals("/console/login.xhtml", browser.path());
        }
    }

    @Test
    void adminCreatesAClientAndAddsAKeyEveryBadInputBesideItsFieldAndADoubleSubmitAddsOneKey() {
        String clientId = "console_" + UUID.randomUUID().toString().substring(0, 8);
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.logIn(ServerUnderTest.adminUser(), ServerUnderTest.adminPassword())
                    .go("/console/clients.xhtml");

            browser.type("register:clientId", "no spaces allowed")
                    .type("register:name", "Console Shop")
                    .click("register:create");
            assertTrue(browser.text("register:clientIdError").startsWith("clientId is required"), browser.page());
            browser.type("register:clientId", clientId)
                    .type("register:name", "")
                    .click("register:create");
            assertTrue(browser.text("register:nameError").startsWith("name is required"), browser.page());
            browser.screenshot("clients-refused");

            browser.type("register:clientId", clientId)
                    .type("register:name", "Console Shop")
                    .click("register:create");
            assertAll(
                    browser.page(),
                    () -> assertEquals("/console/clients.xhtml?client=" + clientId, browser.path()),
                    () -> assertEquals("ACTIVE", browser.text("clientStatus")),
                    () -> assertTrue(browser.text("messages").contains("Client " + clientId + " registered.")));

            browser.paste("addKey:publicKey", "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----")
                    .click("addKey:add");
            assertTrue(
                    browser.text("addKey:publicKeyError").startsWith("publicKey must be an RSA public key"),
                    browser.page());
            browser.paste("addKey:publicKey", rsaPublicKeyPem())
                    .type("addKey:keyVersion", "0")
                    .click("addKey:add");
            assertTrue(
                    browser.text("addKey:keyVersionError").startsWith("keyVersion must be 1 or more"), browser.page());

            browser.paste("addKey:publicKey", rsaPublicKeyPem()).type("addKey:keyVersion", "");
            List<String> answers = browser.submitTwice("addKey", "addKey:add");
            browser.go("/console/clients.xhtml?client=" + clientId);
            browser.screenshot("clients");
            JsonArray keys =
                    admin.send("GET", "/admin/clients/" + clientId, null).json().getJsonArray("keys");
            assertAll(
                    () -> assertEquals(1, keys.size(), keys.toString()),
                    () -> assertEquals(1, keys.getJsonObject(0).getInt("keyVersion")),
                    () -> assertTrue(answers.get(1).contains(REPEATED), answers.get(1)),
                    () -> assertTrue(browser.text("keyTable").contains("ACTIVE"), browser.page()));

            browser.clickButton("keyTable", "Revoke");
            assertTrue(browser.text("keyTable").contains("REVOKED"), browser.page());
            browser.click("clientForm:disable");
            assertEquals("DISABLED", browser.text("clientStatus"), browser.page());
            assertEquals(
                    "DISABLED",
                    admin.send("GET", "/admin/clients/" + clientId, null).json().getString("status"));
        }
    }

    @Test
    void messageOfACodeSentThroughTheWalletApiIsFoundWithItsStatusAndAttemptsDestinationMasked() {
        Partner partner = Partner.register();
        String phone = uniquePhone();
        String token = admin.issueToken(admin.createUser(null, phone, "en"), partner.clientId());
        Wallet.init(partner, requestId(), "SMS", token).send();
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));

        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.logIn(ServerUnderTest.adminUser(), ServerUnderTest.adminPassword())
                    .go("/console/messages.xhtml")
                    .type("filter:clientId", partner.clientId())
                    .click("filter:show");
            assertTrue(browser.text("messageTable").contains(partner.clientId()), browser.page());
            browser.element("messageTable")
                    .findElement(org.openqa.selenium.By.tagName("a"))
                    .click();
            browser.screenshot("messages");
            String page = browser.page();
            assertAll(
                    page,
                    () -> assertTrue(List.of("SENT", "DELIVERED").contains(browser.text("messageStatus"))),
                    () -> assertTrue(browser.text("history").contains("sink"), browser.text("history")),
                    () -> assertTrue(page.contains(phone.substring(0, 3) + "******")),
                    () -> assertFalse(browser.source().contains(phone), "destination masked"),
                    () -> assertFalse(browser.source().contains(code), "never the code"));

            browser.go("/console/dashboard.xhtml");
            String lastHour = browser.text("window-0");
            Matcher sink = Pattern.compile("\\bsink (\\d+)").matcher(lastHour);
            assertAll(
                    lastHour,
                    () -> assertTrue(lastHour.contains("Wallet OTP")),
                    () -> assertTrue(sink.find() && Long.parseLong(sink.group(1)) >= 1, "the sink accepted this code"));
            browser.screenshot("dashboard-with-traffic");

            browser.go("/console/messages.xhtml?status=LOST");
            assertTrue(browser.text("statusError").startsWith("status must be one of"), browser.page());
        }
    }

    @Test
    void adminReplaysADeadLetterOnceEvenWhenTheFormIsSentTwice() {
        Partner partner = Partner.register();
        CardSystem cards = CardSystem.register();
        String notificationId;
        try (WebhookReceiver webhook = new WebhookReceiver(partner, Behaviour.UNKNOWN)) {
            partner.notifiedAt(webhook.url()).preferenceOn();
            cards.create(CardSystem.challenge(partner.clientId(), CardSystem.freshPhone()));
            notificationId = deadNotificationOf(partner.clientId(), Duration.ofSeconds(150));
        }
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.logIn(ServerUnderTest.adminUser(), ServerUnderTest.adminPassword())
                    .go("/console/notifications.xhtml?status=DEAD");
            assertTrue(browser.text("notificationTable").contains(notificationId), browser.page());
            browser.clickLink(notificationId);
            assertEquals("DEAD", browser.text("notificationStatus"), browser.page());
            assertTrue(browser.text("attempts").split("\n").length >= 9, browser.text("attempts"));
            browser.screenshot("notifications");

            List<String> answers = browser.submitTwice("replay", "replay:replayButton");
            JsonObject after = admin.send("GET", "/admin/partner-notifications/" + notificationId, null)
                    .json();
            String replayed = "replayed: a new schedule starts now";
            assertAll(
                    () -> assertTrue(answers.get(0).contains(replayed), answers.get(0)),
                    () -> assertFalse(answers.get(1).contains(replayed), "the second post replays nothing"),
                    () -> assertTrue(answers.get(1).contains("Partner notifications"), answers.get(1)),
                    () -> assertTrue(List.of("PENDING", "DEAD").contains(after.getString("status")), after.toString()));
            browser.go("/console/notifications.xhtml?status=PENDING&notification=" + notificationId);
            String page = browser.page();
            // the receiver is gone: an attempt's detail says so in words, with no exception's name or stack
            assertAll(
                    () -> assertTrue(page.contains("Notification " + notificationId), page),
                    () -> assertFalse(page.contains("ConnectException"), page),
                    () -> assertFalse(page.contains("at dev.otpserver.") || page.contains("at jakarta."), page));
        }
    }

    @Test
    void viewerSeesTheListsButIsRefusedAChange() {
        Partner partner = Partner.register();
        String clientId = "viewer_" + UUID.randomUUID().toString().substring(0, 8);
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.logIn(ServerUnderTest.viewerUser(), ServerUnderTest.viewerPassword());
            assertEquals("/console/dashboard.xhtml", browser.path(), browser.page());
            browser.go("/console/clients.xhtml");
            assertTrue(browser.text("clientTable").contains(partner.clientId()), browser.page());
            assertTrue(browser.text("who").contains("read-only"), browser.page());

            browser.type("register:clientId", clientId)
                    .type("register:name", "Viewer Shop")
                    .click("register:create");
            browser.screenshot("viewer-refused");
            assertAll(
                    () -> assertTrue(browser.text("messages").contains(READ_ONLY), browser.page()),
                    () -> assertEquals(
                            404,
                            admin.send("GET", "/admin/clients/" + clientId, null)
                                    .status()));

            browser.go("/console/clients.xhtml?client=" + partner.clientId()).click("clientForm:disable");
            assertAll(
                    () -> assertTrue(browser.text("messages").contains(READ_ONLY), browser.page()),
                    () -> assertEquals(
                            "ACTIVE",
                            admin.send("GET", "/admin/clients/" + partner.clientId(), null)
                                    .json()
                                    .getString("status")));
            browser.go("/console/messages.xhtml");
            assertTrue(browser.has("messageTable"), browser.page());
            browser.go("/console/notifications.xhtml");
            assertTrue(browser.has("notificationTable"), browser.page());
        }
    }

    @Test
    void adminCreatesAnEndUserIssuesAWalletTokenShownOnceThatWorksAndFreezesTheUser() {
        Partner partner = Partner.register();
        String phone = uniquePhone();
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.logIn(ServerUnderTest.adminUser(), ServerUnderTest.adminPassword())
                    .go("/console/users.xhtml");
            browser.type("create:phone", "12345").click("create:createButton");
            assertTrue(browser.text("create:phoneError").startsWith("phone must be an E.164 number"), browser.page());
            browser.type("create:phone", phone).type("create:locale", "en").click("create:createButton");
            assertEquals("NORMAL", browser.text("userStatus"), browser.page());
            String userPath = browser.path();

            browser.type("issue:clientId", "no-such-client").click("issue:issueButton");
            assertEquals("clientId must name a registered client.", browser.text("issue:tokenClientError"));
            browser.type("issue:clientId", partner.clientId()).click("issue:issueButton");
            String token = browser.text("issuedToken");
            browser.screenshot("users");
            assertTrue(token.length() >= 16, browser.page());
            browser.go(userPath);
            assertAll(
                    () -> assertFalse(browser.has("issuedToken"), "shown once"),
                    () -> assertFalse(browser.source().contains(token), "never again"),
                    () -> assertTrue(browser.text("tokenTable").contains(partner.clientId()), browser.page()));

            Wallet.init(partner, requestId(), "SMS", token).send();
            assertEquals(1, SmsSink.textsTo(phone, 1).size(), "the token shown works in the wallet API");

            browser.click("userForm:freeze");
            assertEquals("FROZEN", browser.text("userStatus"), browser.page());
        }
    }

    @Test
    void adminSetsAClientsNotifyUrlPreferenceAndAccessTokenAndLooksUpAChallenge() {
        Partner partner = Partner.register();
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.logIn(ServerUnderTest.adminUser(), ServerUnderTest.adminPassword())
                    .go("/console/clients.xhtml?client=" + partner.clientId());
            browser.type("notify:notifyUrl", "not a url").click("notify:set");
            assertTrue(
                    browser.text("notify:notifyUrlError").startsWith("notifyUrl must be an absolute"), browser.page());
            browser.type("notify:notifyUrl", "https://partner.example/otp").click("notify:set");
            assertEquals("https://partner.example/otp", browser.text("currentNotifyUrl"), browser.page());

            new org.openqa.selenium.support.ui.Select(browser.element("preference:otpApiNotifyPreference"))
                    .selectByValue("ON");
            browser.click("preference:set");
            assertEquals("ON", browser.text("currentPreference"), browser.page());

            browser.type("grant:validForSeconds", "0").click("grant:grantButton");
            assertTrue(
                    browser.text("grant:validForSecondsError").startsWith("validForSeconds must be between"),
                    browser.page());
            browser.type("grant:validForSeconds", "600").click("grant:grantButton");
            String granted = browser.text("grantedToken");
            assertTrue(granted.length() >= 16, browser.page());
            String tokenId = admin.send("GET", "/admin/clients/" + partner.clientId() + "/access-tokens", null)
                    .jsonArray()
                    .getJsonObject(0)
                    .getString("tokenId");
            assertTrue(browser.text("accessTokenTable").contains(tokenId), browser.page());
            assertFalse(browser.text("accessTokenTable").contains(granted), "the token's value is shown once only");

            browser.go("/console/challenges.xhtml?clientId=" + partner.clientId() + "&requestId=no-such-request");
            assertTrue(browser.text("lookupError").startsWith("No challenge of client"), browser.page());
        }
    }

    private String deadNotificationOf(String clientId, Duration within) {
        Instant end = Instant.now().plus(within);
        while (Instant.now().isBefore(end)) {
            for (JsonObject notification : admin.send("GET", "/admin/partner-notifications?status=DEAD", null)
                    .jsonArray()
                    .getValuesAs(JsonObject.class)) {
                if (notification.getString("clientId").equals(clientId)) {
                    return notification.getString("notificationId");
                }
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new AssertionError("no dead notification of " + clientId + " within " + within);
    }

    private static String rsaPublicKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] der = generator.generateKeyPair().getPublic().getEncoded();
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END PUBLIC KEY-----\n";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
