package dev.otpserver.systemtest.wallet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.alipay.global.api.AlipayClient;
import com.alipay.global.api.DefaultAlipayClient;
import com.alipay.global.api.exception.AlipayApiException;
import com.alipay.global.api.model.ResultStatusType;
import com.alipay.global.api.model.ams.AuthenticationChannelType;
import com.alipay.global.api.model.ams.AuthenticationType;
import com.alipay.global.api.model.ams.UserIdentityType;
import com.alipay.global.api.request.ams.users.AlipayInitAuthenticationRequest;
import com.alipay.global.api.request.ams.users.AlipayVerifyAuthenticationRequest;
import com.alipay.global.api.response.ams.users.AlipayInitAuthenticationResponse;
import com.alipay.global.api.response.ams.users.AlipayVerifyAuthenticationResponse;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.MailInbox;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PublishedServerKeys;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.SmsSink;
import dev.otpserver.systemtest.support.TestData;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wallet API vendor's own Java SDK ({@code global-open-sdk-java}), unchanged, calls the server as a partner
 * does: over HTTPS by host name, signing its requests itself and checking the server's signature on every answer
 * (a response whose signature does not verify is an exception, not an answer).
 */
class VendorSdkIT extends DeployedEar {

    @RegisterExtension
    static final GreenMailExtension SMTP = MailInbox.smtp();

    private final AdminClient admin = AdminClient.admin();

    @Test
    void smsCodeIsIssuedAndVerifiedThroughTheSdk() throws AlipayApiException {
        Partner partner = Partner.register();
        String phone = TestData.uniquePhone();
        String token = admin.issueToken(admin.createUser(null, phone, "en"), partner.clientId());
        String requestId = TestData.requestId();
        AlipayClient sdk = sdkOf(partner);

        AlipayInitAuthenticationResponse init = sdk.execute(init(requestId, AuthenticationChannelType.SMS, token));
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));
        AlipayVerifyAuthenticationResponse wrong = sdk.execute(verify(requestId, otherThan(code)));
        AlipayVerifyAuthenticationResponse right = sdk.execute(verify(requestId, code));

        assertAll(
                () -> assertEquals("SUCCESS", init.getResult().getResultCode(), init.toString()),
                () -> assertEquals(ResultStatusType.S, init.getResult().getResultStatus()),
                () -> assertEquals(requestId, init.getAuthenticationRequestId()),
                () -> assertEquals("VERIFY_UNMATCHED", wrong.getResult().getResultCode(), wrong.toString()),
                () -> assertFalse(wrong.isPassed()),
                () -> assertEquals("SUCCESS", right.getResult().getResultCode(), right.toString()),
                () -> assertTrue(right.isPassed()));
    }

    @Test
    void emailCodeIsIssuedAndVerifiedThroughTheSdk() throws Exception {
        Partner partner = Partner.register();
        String email = TestData.uniqueEmail();
        String token = admin.issueToken(admin.createUser(email, null, "en"), partner.clientId());
        String requestId = TestData.requestId();
        AlipayClient sdk = sdkOf(partner);

        AlipayInitAuthenticationResponse init = sdk.execute(init(requestId, AuthenticationChannelType.EMAIL, token));
        String code = MailInbox.codeIn(MailInbox.mailsTo(SMTP, email, 1).get(0));
        AlipayVerifyAuthenticationResponse wrong = sdk.execute(verify(requestId, otherThan(code)));
        AlipayVerifyAuthenticationResponse right = sdk.execute(verify(requestId, code));

        assertAll(
                () -> assertEquals("SUCCESS", init.getResult().getResultCode(), init.toString()),
                () -> assertEquals("VERIFY_UNMATCHED", wrong.getResult().getResultCode(), wrong.toString()),
                () -> assertFalse(wrong.isPassed()),
                () -> assertEquals("SUCCESS", right.getResult().getResultCode(), right.toString()),
                () -> assertTrue(right.isPassed()));
    }

    @Test
    void repeatedInitThroughTheSdkGetsTheSameAnswerAndSendsOneCode() throws Exception {
        Partner partner = Partner.register();
        String phone = TestData.uniquePhone();
        String token = admin.issueToken(admin.createUser(null, phone, "en"), partner.clientId());
        String requestId = TestData.requestId();
        AlipayClient sdk = sdkOf(partner);

        AlipayInitAuthenticationResponse first = sdk.execute(init(requestId, AuthenticationChannelType.SMS, token));
        AlipayInitAuthenticationResponse repeat = sdk.execute(init(requestId, AuthenticationChannelType.SMS, token));
        SmsSink.textsTo(phone, 2);

        assertAll(
                () -> assertEquals("SUCCESS", first.getResult().getResultCode(), first.toString()),
                () -> assertEquals(first, repeat),
                () -> assertEquals(1, SmsSink.textsTo(phone, 1).size(), "one SMS for one request id"));
    }

    @Test
    void sandboxClientOfTheSdkIsServedOnTheSandboxPaths() throws AlipayApiException {
        Partner partner = Partner.registerAs("SANDBOX_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
        String phone = TestData.uniquePhone();
        String token = admin.issueToken(admin.createUser(null, phone, "en"), partner.clientId());
        String requestId = TestData.requestId();
        AlipayClient sdk = sdkOf(partner);

        AlipayInitAuthenticationResponse init = sdk.execute(init(requestId, AuthenticationChannelType.SMS, token));
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));
        AlipayVerifyAuthenticationResponse verify = sdk.execute(verify(requestId, code));

        assertAll(
                () -> assertEquals("SUCCESS", init.getResult().getResultCode(), init.toString()),
                () -> assertTrue(verify.isPassed(), verify.toString()));
    }

    @Test
    void sdkRefusesAnAnswerThatAnotherKeySigned() throws NoSuchAlgorithmException {
        Partner partner = Partner.register();
        PublicKey notTheServers =
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
        AlipayClient sdk = new DefaultAlipayClient(
                ServerUnderTest.httpsBaseUrl().toString(),
                base64(partner.privateKey().getEncoded()),
                base64(notTheServers.getEncoded()),
                partner.clientId());

        AlipayApiException refused =
                assertThrows(AlipayApiException.class, () -> sdk.execute(verify(TestData.requestId(), "123456")));

        assertTrue(refused.getMessage().contains("signature"), refused.getMessage());
    }

    /** The SDK as a partner configures it: the gateway URL, its own private key and the server's public key. */
    private static AlipayClient sdkOf(Partner partner) {
        return new DefaultAlipayClient(
                ServerUnderTest.httpsBaseUrl().toString(),
                base64(partner.privateKey().getEncoded()),
                base64(PublishedServerKeys.inUse().getEncoded()),
                partner.clientId());
    }

    private static AlipayInitAuthenticationRequest init(
            String requestId, AuthenticationChannelType channel, String token) {
        AlipayInitAuthenticationRequest request = new AlipayInitAuthenticationRequest();
        request.setAuthenticationType(AuthenticationType.OTP);
        request.setAuthenticationRequestId(requestId);
        request.setAuthenticationChannelType(channel);
        request.setUserIdentityType(UserIdentityType.WALLET_TOKEN);
        request.setUserIdentityValue(token);
        return request;
    }

    private static AlipayVerifyAuthenticationRequest verify(String requestId, String code) {
        AlipayVerifyAuthenticationRequest request = new AlipayVerifyAuthenticationRequest();
        request.setAuthenticationType(AuthenticationType.OTP);
        request.setAuthenticationRequestId(requestId);
        request.setAuthenticationValue(code);
        return request;
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }
}
