package dev.otpserver.systemtest.otp;

import static dev.otpserver.systemtest.support.PaymentPlatform.JOSE;
import static dev.otpserver.systemtest.support.PaymentPlatform.SEND_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.VERIFY_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.requestId;
import static dev.otpserver.systemtest.support.PaymentPlatform.sendOtp;
import static dev.otpserver.systemtest.support.PaymentPlatform.verifyOtp;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.Database;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.IntegratorAnswer;
import dev.otpserver.systemtest.support.Parallel;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.SignedCall;
import dev.otpserver.systemtest.support.SmsSink;
import dev.otpserver.systemtest.support.TestData;
import dev.otpserver.systemtest.support.Wallet;
import dev.otpserver.systemtest.support.WalletUser;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A request captured and sent again within its Request-Time window (the very same bytes) changes nothing, in
 * every dialect: an API keyed on a request id (initAuthentication, createChallenge, sendOtp, verifyOtp) or
 * one that only reads (queryOtpConfig) answers it as before; any other refuses it with PARAM_ILLEGAL. A
 * retry signed afresh is a new request and works as before.
 */
class ReplayIT extends DeployedEar {

    private static final String UPDATE = "/amsin/api/v1/business/worldcard/updateOtpNotifyConfig";
    private static final String QUERY = "/amsin/api/v1/business/worldcard/queryOtpConfig";

    @Test
    void aReplayedWrongCodeIsRefusedAndCountsOnce() {
        Partner partner = Partner.register();
        WalletUser user = WalletUser.of(partner);
        WalletUser.Code code = user.code();
        SignedCall captured = Wallet.verify(partner, code.requestId(), code.wrong());

        GatewayAnswer first = captured.send();
        List<GatewayAnswer> replays =
                IntStream.range(0, 5).mapToObj(i -> captured.send()).toList();
        GatewayAnswer right = user.verify(code, code.value());

        assertAll(
                () -> assertEquals("VERIFY_UNMATCHED", first.resultCode(), first.toString()),
                () -> replays.forEach(ReplayIT::assertRefusedAsReplay),
                () -> assertEquals("SUCCESS", right.resultCode(), "the code is not locked: " + right),
                () -> assertEquals(1, failedAttempts("auth_challenge", partner.clientId(), code.requestId())));
    }

    @Test
    void aReplayedPreferenceChangeIsRefusedAndTheLaterChangeStays() {
        Partner partner = Partner.register();
        SignedCall on = partner.post(UPDATE, "{\"otpApiNotifyPreference\":\"ON\"}");
        assertEquals("SUCCESS", on.send().resultCode());
        assertEquals(
                "SUCCESS",
                partner.post(UPDATE, "{\"otpApiNotifyPreference\":\"OFF\"}")
                        .send()
                        .resultCode());

        GatewayAnswer replay = on.send();
        GatewayAnswer elsewhere = on.header("Connected-CustomerId", "CUSTOMER-" + partner.clientId())
                .send();
        GatewayAnswer query = partner.post(QUERY, "{}").send();

        assertRefusedAsReplay(replay);
        assertRefusedAsReplay(elsewhere);
        assertEquals("OFF", query.body().getString("otpApiNotifyPreference"), query.toString());
    }

    @Test
    void aReplayedPasscodeCheckIsRefusedAndCountsOnce() {
        CardSystem cards = CardSystem.register();
        CardSystem.Passcode passcode = cards.passcodeTo(Partner.register().clientId(), CardSystem.freshPhone());
        SignedCall captured = cards.client()
                .post(
                        CardSystem.VERIFY,
                        "{\"challengeRequestId\":\"" + passcode.requestId() + "\",\"passcode\":\""
                                + TestData.wrongCode(passcode.passcode()) + "\"}");

        GatewayAnswer first = captured.send();
        List<GatewayAnswer> replays =
                IntStream.range(0, 5).mapToObj(i -> captured.send()).toList();
        GatewayAnswer right = cards.verify(passcode.requestId(), passcode.passcode());

        assertEquals("VERIFY_UNMATCHED", first.resultCode(), first.toString());
        replays.forEach(ReplayIT::assertRefusedAsReplay);
        assertEquals("SUCCESS", right.resultCode(), right.toString());
        assertEquals(1, failedAttempts("auth_threeds_challenge", cards.client().clientId(), passcode.requestId()));
    }

    @Test
    void copiesOfOneRequestArrivingTogetherAreProcessedOnce() throws Exception {
        Partner partner = Partner.register();
        WalletUser user = WalletUser.of(partner);
        WalletUser.Code code = user.code();
        SignedCall captured = Wallet.verify(partner, code.requestId(), code.wrong());

        List<GatewayAnswer> answers = Parallel.run(Collections.nCopies(8, (Callable<GatewayAnswer>) captured::send));

        List<String> codes = answers.stream().map(GatewayAnswer::resultCode).toList();
        assertEquals(1, Collections.frequency(codes, "VERIFY_UNMATCHED"), codes.toString());
        assertEquals(7, Collections.frequency(codes, "PARAM_ILLEGAL"), codes.toString());
        assertEquals(1, failedAttempts("auth_challenge", partner.clientId(), code.requestId()));
        assertEquals(
                1,
                Database.number("SELECT COUNT(*) FROM gw_seen_request WHERE client_id = ?", partner.clientId()),
                "one record, in the database every node shares");
    }

    @Test
    void aRefusedVerificationReplayedOnceTheRefusalNoLongerHoldsIsStillRefused() throws InterruptedException {
        Partner partner = Partner.registerAs("IT_REPLAY_BUDGET");
        WalletUser user = WalletUser.of(partner);
        WalletUser.Code code = user.code();
        user.verify(code, code.wrong());
        user.verify(code, code.wrong());
        long budgetSpent = System.currentTimeMillis();
        SignedCall captured = Wallet.verify(partner, code.requestId(), code.value());

        GatewayAnswer refused = captured.send();
        Thread.sleep(Math.max(0, budgetSpent + 11_000 - System.currentTimeMillis()));
        GatewayAnswer replay = captured.send();
        GatewayAnswer signedAfresh = user.verify(code, code.value());

        assertEquals("VERIFY_TIMES_EXCEED_LIMIT", refused.resultCode(), "2 wrong codes within 10 s: " + refused);
        assertRefusedAsReplay(replay);
        assertEquals("SUCCESS", signedAfresh.resultCode(), "the budget's window has passed: " + signedAfresh);
    }

    @Test
    void aRetrySignedAfreshIsANewRequestAndWorksAsBefore() {
        Partner partner = Partner.register();
        WalletUser user = WalletUser.of(partner);
        WalletUser.Code code = user.code();

        GatewayAnswer wrong = user.verify(code, code.wrong());
        GatewayAnswer wrongRetried = user.verify(code, code.wrong());
        GatewayAnswer right = user.verify(code, code.value());
        GatewayAnswer rightRetried = user.verify(code, code.value());

        assertEquals("VERIFY_UNMATCHED", wrong.resultCode());
        assertEquals("VERIFY_UNMATCHED", wrongRetried.resultCode(), wrongRetried.toString());
        assertEquals(2, failedAttempts("auth_challenge", partner.clientId(), code.requestId()));
        assertEquals("SUCCESS", right.resultCode());
        assertEquals("SUCCESS", rightRetried.resultCode(), "the stored success: " + rightRetried);
    }

    @Test
    void aReplayedInitAuthenticationGetsTheSameAnswerAndNoSecondCode() {
        Partner partner = Partner.register();
        WalletUser user = WalletUser.of(partner);
        SignedCall captured = Wallet.init(partner, TestData.requestId(), "SMS", user.token());

        GatewayAnswer first = captured.send();
        GatewayAnswer replay = captured.send();

        assertEquals("SUCCESS", first.resultCode(), first.toString());
        assertEquals(first.body(), replay.body());
        assertEquals(1, SmsSink.textsTo(user.phone(), 2).size(), "one code only");
    }

    @Test
    void aReplayedCreateChallengeGetsTheSameAnswerAndNoSecondPasscode() {
        CardSystem cards = CardSystem.register();
        String phone = CardSystem.freshPhone();
        SignedCall captured = cards.client()
                .post(
                        CardSystem.CREATE,
                        CardSystem.challenge(Partner.register().clientId(), phone)
                                .build()
                                .toString());

        GatewayAnswer first = captured.send();
        GatewayAnswer replay = captured.send();

        assertEquals("SUCCESS", first.resultCode(), first.toString());
        assertEquals(first.body(), replay.body());
        assertEquals(1, SmsSink.textsTo(phone, 2).size(), "one passcode only");
    }

    @Test
    void aReplayedQueryGetsTheSameAnswer() {
        SignedCall captured = Partner.register().post(QUERY, "{}");

        GatewayAnswer first = captured.send();
        GatewayAnswer replay = captured.send();

        assertEquals("SUCCESS", first.resultCode(), first.toString());
        assertEquals(first.body(), replay.body());
    }

    @Test
    void aReplayedSendOtpGetsTheSameAnswerAndNoSecondSms() {
        PaymentPlatform platform = PaymentPlatform.register();
        String phone = CardSystem.freshPhone();
        String captured = platform.sealed(sendOtp(requestId(), phone).build().toString());

        IntegratorAnswer first = platform.postRaw(SEND_OTP, JOSE, captured);
        IntegratorAnswer replay = platform.postRaw(SEND_OTP, JOSE, captured);

        assertEquals("SUCCESS", first.result(), first.toString());
        assertEquals(
                first.body().getString("paymentIntegratorSendOtpId"),
                replay.body().getString("paymentIntegratorSendOtpId"));
        assertEquals(1, SmsSink.textsTo(phone, 2).size(), "one code only");
    }

    @Test
    void aReplayedVerifyOtpGetsTheSameAnswerAndCountsOnce() {
        PaymentPlatform platform = PaymentPlatform.register();
        PaymentPlatform.SentCode sent = platform.sendToFreshPhone();
        String wrong = TestData.wrongCode(sent.code());
        String captured = platform.sealed(
                verifyOtp(requestId(), sent.sendRequestId(), wrong).build().toString());

        IntegratorAnswer first = platform.postRaw(VERIFY_OTP, JOSE, captured);
        List<IntegratorAnswer> replays = IntStream.range(0, 5)
                .mapToObj(i -> platform.postRaw(VERIFY_OTP, JOSE, captured))
                .toList();
        IntegratorAnswer right = platform.verify(sent.sendRequestId(), sent.code());

        assertEquals("OTP_NOT_MATCHED", first.result(), first.toString());
        String verifyOtpId = first.body().getString("paymentIntegratorVerifyOtpId");
        replays.forEach(replay ->
                assertEquals(verifyOtpId, replay.body().getString("paymentIntegratorVerifyOtpId"), replay.toString()));
        assertEquals(1, failedAttempts("auth_gsp_otp", platform.clientId(), sent.sendRequestId()));
        assertEquals("SUCCESS", right.result(), right.toString());
    }

    private static void assertRefusedAsReplay(GatewayAnswer answer) {
        assertEquals("PARAM_ILLEGAL", answer.resultCode(), answer.toString());
        assertTrue(
                answer.body().getJsonObject("result").getString("resultMessage").contains("was received before"),
                answer.toString());
        assertTrue(answer.signedByServer());
    }

    static long failedAttempts(String table, String clientId, String requestId) {
        return Database.number(
                "SELECT failed_attempts FROM " + table + " WHERE client_id = ? AND request_id = ?",
                clientId,
                requestId);
    }
}
