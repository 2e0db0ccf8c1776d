package dev.otpserver.systemtest.wallet;

import static dev.otpserver.systemtest.support.TestData.requestId;
import static dev.otpserver.systemtest.support.TestData.uniqueEmail;
import static dev.otpserver.systemtest.support.TestData.uniquePhone;
import static dev.otpserver.systemtest.support.TestData.wrongCode;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.MailInbox;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.SmsSink;
import dev.otpserver.systemtest.support.Wallet;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * initAuthentication and verifyAuthentication end to end: the code is read where it was delivered (the
 * SMTP server's inbox, the SMS gateway), never from the database.
 */
public class WalletAuthenticationIT extends DeployedEar {

    @RegisterExtension
    static final GreenMailExtension SMTP = MailInbox.smtp();

    private final AdminClient admin = AdminClient.admin();
    private final Partner partner = Partner.register();

    @Test
    void codeSentByEmailArrivesAsTextAndHtmlAndVerifies() throws Exception {
        String email = uniqueEmail();
        String token = admin.issueToken(admin.createUser(email, null, "en"), partner.clientId());
        String requestId = requestId();

        GatewayAnswer init = Wallet.init(partner, requestId, "EMAIL", token).send();
        MimeMessage mail = MailInbox.mailsTo(SMTP, email, 1).get(0);
        String code = MailInbox.codeIn(mail);
        GatewayAnswer verify = Wallet.verify(partner, requestId, code).send();

        assertAll(
                () -> assertEquals("SUCCESS", init.resultCode(), init.toString()),
                () -> assertEquals(requestId, init.body().getString("authenticationRequestId")),
                () -> assertTrue(init.signedByServer()),
                () -> assertEquals(6, code.length()),
                () -> assertTrue(MailInbox.part(mail, "text/html").contains(code)),
                () -> assertTrue(mail.getSubject().contains("System test partner"), mail.getSubject()),
                () -> assertEquals("SUCCESS", verify.resultCode(), verify.toString()),
                () -> assertEquals("true", verify.body().getString("isPassed")),
                () -> assertTrue(verify.signedByServer()));
    }

    @Test
    void codeSentBySmsArrivesAtTheGatewayAndVerifies() {
        String phone = uniquePhone();
        String token = admin.issueToken(admin.createUser(null, phone, "en"), partner.clientId());
        String requestId = requestId();

        assertEquals(
                "SUCCESS", Wallet.init(partner, requestId, "SMS", token).send().resultCode());
        String sms = SmsSink.textsTo(phone, 1).get(0);
        GatewayAnswer verify =
                Wallet.verify(partner, requestId, SmsSink.codeIn(sms)).send();

        assertTrue(sms.length() <= 160, sms);
        assertEquals("SUCCESS", verify.resultCode(), verify.toString());
    }

    @Test
    void userGetsTheMessageInTheirLanguage() {
        String email = uniqueEmail();
        String token = admin.issueToken(admin.createUser(email, null, "fr-FR"), partner.clientId());

        Wallet.init(partner, requestId(), "EMAIL", token).send();

        assertTrue(MailInbox.part(MailInbox.mailsTo(SMTP, email, 1).get(0), "text/plain")
                .contains("Votre code"));
    }

    @Test
    void sameRequestAgainGetsTheSameAnswerAndNoSecondMessage() {
        String email = uniqueEmail();
        String token = admin.issueToken(admin.createUser(email, null, "en"), partner.clientId());
        String requestId = requestId();

        GatewayAnswer first = Wallet.init(partner, requestId, "EMAIL", token).send();
        GatewayAnswer again = Wallet.init(partner, requestId, "EMAIL", token).send();

        assertEquals(first.body(), again.body());
        assertEquals(1, MailInbox.mailsTo(SMTP, email, 2).size(), "one message only");
    }

    @Test
    void sameRequestIdWithAnotherBodyIsInconsistent() {
        String token = admin.issueToken(admin.createUser(uniqueEmail(), uniquePhone(), "en"), partner.clientId());
        String requestId = requestId();
        Wallet.init(partner, requestId, "EMAIL", token).send();

        GatewayAnswer other = Wallet.init(partner, requestId, "SMS", token).send();

        assertEquals("REPEAT_REQ_INCONSISTENT", other.resultCode(), other.toString());
        assertEquals("F", other.resultStatus());
    }

    @Test
    void finalFailureIsAnsweredAgainForTheSameRequestId() {
        String userId = admin.createUser(uniqueEmail(), null, "en");
        String token = admin.issueToken(userId, partner.clientId());
        String requestId = requestId();
        admin.send(
                "PUT",
                "/admin/users/" + userId,
                "{\"status\":\"FROZEN\",\"email\":\"" + uniqueEmail() + "\",\"locale\":\"en\"}");
        GatewayAnswer first = Wallet.init(partner, requestId, "EMAIL", token).send();
        admin.send(
                "PUT",
                "/admin/users/" + userId,
                "{\"status\":\"NORMAL\",\"email\":\"" + uniqueEmail() + "\",\"locale\":\"en\"}");

        GatewayAnswer again = Wallet.init(partner, requestId, "EMAIL", token).send();

        assertEquals("USER_STATUS_ABNORMAL", first.resultCode());
        assertEquals(first.body(), again.body());
    }

    @Test
    void unknownRevokedOrForeignTokensAreInvalid() {
        String userId = admin.createUser(uniqueEmail(), null, "en");
        String revoked = admin.issueToken(userId, partner.clientId());
        revokeTheOnlyToken(userId);
        String foreign = admin.issueToken(userId, Partner.register().clientId());

        assertEquals(
                "INVALID_ACCESS_TOKEN",
                Wallet.init(partner, requestId(), "EMAIL", "no-such-token")
                        .send()
                        .resultCode());
        assertEquals(
                "INVALID_ACCESS_TOKEN",
                Wallet.init(partner, requestId(), "EMAIL", revoked).send().resultCode());
        assertEquals(
                "INVALID_ACCESS_TOKEN",
                Wallet.init(partner, requestId(), "EMAIL", foreign).send().resultCode());
    }

    @Test
    void deletedUserDoesNotExist() {
        String userId = admin.createUser(uniqueEmail(), null, "en");
        String token = admin.issueToken(userId, partner.clientId());
        admin.send("DELETE", "/admin/users/" + userId, null);

        assertEquals(
                "USER_NOT_EXIST",
                Wallet.init(partner, requestId(), "EMAIL", token).send().resultCode());
    }

    @Test
    void userWithoutAnAddressForTheChannelGetsNoCode() {
        String token = admin.issueToken(admin.createUser(null, uniquePhone(), "en"), partner.clientId());

        GatewayAnswer answer = Wallet.init(partner, requestId(), "EMAIL", token).send();

        assertEquals("AUTHENTICATION_CHANNEL_UNAVAILABLE", answer.resultCode(), answer.toString());
    }

    @Test
    void secondCodeWithinThirtySecondsIsRefused() {
        String token = admin.issueToken(admin.createUser(uniqueEmail(), null, "en"), partner.clientId());
        Wallet.init(partner, requestId(), "EMAIL", token).send();

        assertEquals(
                "SEND_TIMES_EXCEED_LIMIT",
                Wallet.init(partner, requestId(), "EMAIL", token).send().resultCode());
    }

    @Test
    void illegalFieldsAreNamed() {
        assertIllegal("{\"authenticationType\":\"OTP\"}", "authenticationRequestId");
        assertIllegal(
                "{\"authenticationType\":\"PIN\",\"authenticationRequestId\":\"r\",\"authenticationChannelType\":\"EMAIL\","
                        + "\"userIdentityType\":\"WALLET_TOKEN\",\"userIdentityValue\":\"t\"}",
                "authenticationType");
        assertIllegal(
                "{\"authenticationType\":\"OTP\",\"authenticationRequestId\":\"" + "r".repeat(65) + "\","
                        + "\"authenticationChannelType\":\"EMAIL\",\"userIdentityType\":\"WALLET_TOKEN\",\"userIdentityValue\":\"t\"}",
                "authenticationRequestId");
        assertIllegal(
                "{\"authenticationType\":\"OTP\",\"authenticationRequestId\":\"r\",\"authenticationChannelType\":\"FAX\","
                        + "\"userIdentityType\":\"WALLET_TOKEN\",\"userIdentityValue\":\"t\"}",
                "authenticationChannelType");
        assertIllegal(
                "{\"authenticationType\":\"OTP\",\"authenticationRequestId\":\"r\",\"authenticationChannelType\":\"EMAIL\","
                        + "\"userIdentityType\":\"PHONE\",\"userIdentityValue\":\"t\"}",
                "userIdentityType");
        assertIllegal(
                "{\"authenticationType\":\"OTP\",\"authenticationRequestId\":\"r\",\"authenticationChannelType\":\"EMAIL\","
                        + "\"userIdentityType\":\"WALLET_TOKEN\",\"userIdentityValue\":\"" + "t".repeat(129) + "\"}",
                "userIdentityValue");
        assertIllegal("{\"authenticationType\":\"OTP\",\"authenticationRequestId\":7}", "authenticationRequestId");
        assertIllegal(
                "{\"authenticationType\":\"OTP\",\"authenticationRequestId\":\"r\\u0000x\",\"authenticationChannelType\":\"EMAIL\","
                        + "\"userIdentityType\":\"WALLET_TOKEN\",\"userIdentityValue\":\"t\"}",
                "authenticationRequestId");
    }

    @Test
    void wrongCodeIsUnmatchedAndTheRightOneStillPasses() {
        Issued issued = issueByEmail();
        String requestId = issued.requestId();
        String code = issued.code();

        GatewayAnswer wrong = Wallet.verify(partner, requestId, wrongCode(code)).send();
        GatewayAnswer right = Wallet.verify(partner, requestId, code).send();

        assertEquals("VERIFY_UNMATCHED", wrong.resultCode());
        assertEquals("false", wrong.body().getString("isPassed"));
        assertEquals("SUCCESS", right.resultCode());
    }

    @Test
    void afterFiveWrongCodesEvenTheRightOneFails() {
        Issued issued = issueByEmail();
        String requestId = issued.requestId();
        String code = issued.code();

        for (int i = 0; i < 5; i++) {
            assertEquals(
                    "VERIFY_UNMATCHED",
                    Wallet.verify(partner, requestId, wrongCode(code)).send().resultCode());
        }
        GatewayAnswer right = Wallet.verify(partner, requestId, code).send();

        assertEquals("VERIFY_TIMES_EXCEED_LIMIT", right.resultCode(), right.toString());
        assertFalse(right.body().containsKey("isPassed"));
    }

    @Test
    void consumedCodeCannotBeUsedWithAnotherValueButARepeatGetsTheStoredSuccess() {
        Issued issued = issueByEmail();
        String requestId = issued.requestId();
        String code = issued.code();
        Wallet.verify(partner, requestId, code).send();

        assertEquals("SUCCESS", Wallet.verify(partner, requestId, code).send().resultCode());
        assertEquals(
                "AUTHENTICATION_REQUEST_ID_INVALID",
                Wallet.verify(partner, requestId, wrongCode(code)).send().resultCode());
    }

    @Test
    void unknownRequestIdIsInvalid() {
        assertEquals(
                "AUTHENTICATION_REQUEST_ID_INVALID",
                Wallet.verify(partner, requestId(), "123456").send().resultCode());
    }

    @Test
    void anotherClientCannotVerifyTheCode() {
        Issued issued = issueByEmail();
        String requestId = issued.requestId();
        String code = issued.code();

        assertEquals(
                "AUTHENTICATION_REQUEST_ID_INVALID",
                Wallet.verify(Partner.register(), requestId, code).send().resultCode());
    }

    @Test
    void frozenOrDeletedUserCannotVerify() {
        Issued issued = issueByEmail();

        admin.send(
                "PUT",
                "/admin/users/" + issued.userId(),
                "{\"status\":\"FROZEN\",\"email\":\"" + issued.email() + "\",\"locale\":\"en\"}");
        assertEquals(
                "USER_STATUS_ABNORMAL",
                Wallet.verify(partner, issued.requestId(), issued.code()).send().resultCode());
        admin.send("DELETE", "/admin/users/" + issued.userId(), null);
        assertEquals(
                "USER_NOT_EXIST",
                Wallet.verify(partner, issued.requestId(), issued.code()).send().resultCode());
    }

    @Test
    void tokenRevokedAfterTheCodeWasSentFailsVerification() {
        Issued issued = issueByEmail();
        revokeTheOnlyToken(issued.userId());

        assertEquals(
                "INVALID_ACCESS_TOKEN",
                Wallet.verify(partner, issued.requestId(), issued.code()).send().resultCode());
    }

    @Test
    void unknownClientIsInvalidOnBothWalletApis() {
        String token = admin.issueToken(admin.createUser(uniqueEmail(), null, "en"), partner.clientId());

        GatewayAnswer init = Wallet.init(partner, requestId(), "EMAIL", token)
                .header("Client-Id", "NO_SUCH_CLIENT")
                .send();
        GatewayAnswer verify = Wallet.verify(partner, requestId(), "123456")
                .header("Client-Id", "NO_SUCH_CLIENT")
                .send();

        assertEquals("CLIENT_INVALID", init.resultCode(), init.toString());
        assertEquals("CLIENT_INVALID", verify.resultCode(), verify.toString());
        assertTrue(init.signedByServer() && verify.signedByServer());
    }

    @Test
    void onlyPostIsSupportedOnBothWalletApis() {
        GatewayAnswer init = partner.post(Wallet.INIT, "").method("GET").send();
        GatewayAnswer verify = partner.post(Wallet.VERIFY, "{}").method("PUT").send();

        assertEquals("METHOD_NOT_SUPPORTED", init.resultCode(), init.toString());
        assertEquals("METHOD_NOT_SUPPORTED", verify.resultCode(), verify.toString());
    }

    @Test
    void sandboxPathOfTheSdkWorksToo() {
        String phone = uniquePhone();
        String token = admin.issueToken(admin.createUser(null, phone, "en"), partner.clientId());

        GatewayAnswer init = partner.post(
                        "/ams/sandbox/api/v1/users/initAuthentication",
                        "{\"authenticationType\":\"OTP\","
                                + "\"authenticationRequestId\":\"" + requestId()
                                + "\",\"authenticationChannelType\":\"SMS\","
                                + "\"userIdentityType\":\"WALLET_TOKEN\",\"userIdentityValue\":\"" + token + "\"}")
                .send();

        assertEquals("SUCCESS", init.resultCode(), init.toString());
        assertTrue(init.signedByServer());
    }

    /** A code issued by email to a fresh user of this test's partner, read from the inbox. */
    private Issued issueByEmail() {
        String email = uniqueEmail();
        String userId = admin.createUser(email, null, "en");
        String token = admin.issueToken(userId, partner.clientId());
        String requestId = requestId();
        Wallet.init(partner, requestId, "EMAIL", token).send();
        return new Issued(
                userId,
                email,
                requestId,
                MailInbox.codeIn(MailInbox.mailsTo(SMTP, email, 1).get(0)));
    }

    private void revokeTheOnlyToken(String userId) {
        String tokenId = admin.send("GET", "/admin/users/" + userId + "/wallet-tokens", null)
                .jsonArray()
                .getJsonObject(0)
                .getString("tokenId");
        admin.send("DELETE", "/admin/users/" + userId + "/wallet-tokens/" + tokenId, null);
    }

    private record Issued(String userId, String email, String requestId, String code) {}

    private void assertIllegal(String body, String field) {
        GatewayAnswer answer = partner.post(Wallet.INIT, body).send();
        assertEquals("PARAM_ILLEGAL", answer.resultCode(), answer.toString());
        assertTrue(
                answer.body().getJsonObject("result").getString("resultMessage").contains(field), answer.toString());
    }
}
