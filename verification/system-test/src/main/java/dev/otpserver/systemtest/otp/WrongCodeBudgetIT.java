package dev.otpserver.systemtest.otp;

import static dev.otpserver.systemtest.support.PaymentPlatform.requestId;
import static dev.otpserver.systemtest.support.PaymentPlatform.sendOtp;
import static dev.otpserver.systemtest.support.TestData.wrongCode;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.IntegratorAnswer;
import dev.otpserver.systemtest.support.Parallel;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.SignedCall;
import dev.otpserver.systemtest.support.Wallet;
import dev.otpserver.systemtest.support.WalletUser;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each user (or phone number) has a budget of wrong codes across request ids and dialects, 20 per rolling
 * 24 h by default, forgotten on a success: once it is spent no code is checked, the right one included. The
 * Ant-gateway APIs answer VERIFY_TIMES_EXCEED_LIMIT, verifyOtp OTP_NOT_MATCHED. The fixed client ids here have
 * smaller budgets or windows (server-under-test.properties); the limit is that of the client that verifies.
 */
class WrongCodeBudgetIT extends DeployedEar {

    private final AdminClient admin = AdminClient.admin();

    @Test
    void aFreshRequestIdAfterLockedOnesGetsNoGuessOnceTwentyWereWrong() {
        Partner partner = Partner.registerAs("IT_BUDGET_DEFAULT");
        WalletUser user = WalletUser.of(partner);
        for (int locked = 0; locked < 4; locked++) {
            WalletUser.Code code = user.code();
            for (int i = 0; i < 5; i++) {
                assertEquals("VERIFY_UNMATCHED", user.verify(code, code.wrong()).resultCode());
            }
        }
        WalletUser.Code fresh = user.code();

        GatewayAnswer right = user.verify(fresh, fresh.value());
        GatewayAnswer wrong = user.verify(fresh, fresh.wrong());

        assertRefusedByTheBudget(right);
        assertRefusedByTheBudget(wrong);
        assertEquals(
                0,
                ReplayIT.failedAttempts("auth_challenge", partner.clientId(), fresh.requestId()),
                "nothing was checked");
    }

    @Test
    void aSuccessForgetsTheWrongCodes() {
        WalletUser user = WalletUser.of(Partner.registerAs("IT_BUDGET_RESET"));
        WalletUser.Code first = user.code();
        user.verify(first, first.wrong());
        user.verify(first, first.wrong());
        assertEquals("SUCCESS", user.verify(first, first.value()).resultCode());
        WalletUser.Code second = user.code();

        GatewayAnswer wrong = user.verify(second, second.wrong());
        GatewayAnswer wrongAgain = user.verify(second, second.wrong());
        GatewayAnswer right = user.verify(second, second.value());

        assertEquals("VERIFY_UNMATCHED", wrong.resultCode(), wrong.toString());
        assertEquals("VERIFY_UNMATCHED", wrongAgain.resultCode(), "3 allowed, 2 since the success: " + wrongAgain);
        assertEquals("SUCCESS", right.resultCode(), right.toString());
    }

    @Test
    void wrongCodesSentTogetherToSeveralRequestIdsAreCountedExactly() throws Exception {
        Partner partner = Partner.registerAs("IT_BUDGET_TOGETHER");
        WalletUser user = WalletUser.of(partner);
        List<WalletUser.Code> codes =
                IntStream.range(0, 4).mapToObj(i -> user.code()).toList();
        List<Callable<GatewayAnswer>> guesses = new ArrayList<>();
        for (WalletUser.Code code : codes) {
            String wrong = code.wrong();
            String otherWrong = wrongCode(wrong);
            for (String guess : List.of(wrong, otherWrong)) {
                SignedCall call = Wallet.verify(partner, code.requestId(), guess);
                guesses.add(call::send);
            }
        }

        List<String> answers =
                Parallel.run(guesses).stream().map(GatewayAnswer::resultCode).toList();
        GatewayAnswer right = user.verify(codes.get(0), codes.get(0).value());

        assertEquals(3, Collections.frequency(answers, "VERIFY_UNMATCHED"), "a budget of 3: " + answers);
        assertEquals(5, Collections.frequency(answers, "VERIFY_TIMES_EXCEED_LIMIT"), answers.toString());
        assertEquals(
                3,
                codes.stream()
                        .mapToLong(
                                code -> ReplayIT.failedAttempts("auth_challenge", partner.clientId(), code.requestId()))
                        .sum(),
                "three values checked");
        assertRefusedByTheBudget(right);
    }

    @Test
    void wrongCodesCountAcrossRequestIdsAndDialectsForOneUser() {
        WalletUser user = WalletUser.of(Partner.registerAs("IT_BUDGET_CROSS"));
        PaymentPlatform platform = PaymentPlatform.register();
        String sendId = requestId();
        WalletUser.Code wallet = user.code();
        String integratorCode = platform.codeSent(byAssociation(platform, sendId, user.userId()), user.phone());
        user.verify(wallet, wallet.wrong());
        user.verify(wallet, wallet.wrong());
        IntegratorAnswer integratorWrong = platform.verify(sendId, wrongCode(integratorCode));

        GatewayAnswer walletRight = user.verify(wallet, wallet.value());
        IntegratorAnswer integratorRight = platform.verify(sendId, integratorCode);
        GatewayAnswer walletRightAfterThat = user.verify(wallet, wallet.value());

        assertAll(
                () -> assertEquals("OTP_NOT_MATCHED", integratorWrong.result(), integratorWrong.toString()),
                () -> assertRefusedByTheBudget(walletRight),
                () -> assertEquals("SUCCESS", integratorRight.result(), "that client allows 20: " + integratorRight),
                () -> assertEquals(
                        "SUCCESS",
                        walletRightAfterThat.resultCode(),
                        "the success forgot them: " + walletRightAfterThat));
    }

    @Test
    void aCardholdersPhoneCountsAcrossThreeDsAndThePaymentIntegrator() {
        CardSystem cards = CardSystem.registerAs("IT_BUDGET_3DS");
        PaymentPlatform platform = PaymentPlatform.register();
        String phone = CardSystem.freshPhone();
        CardSystem.Passcode passcode = cards.passcodeTo(Partner.register().clientId(), phone);
        String sendId = requestId();
        String integratorCode = platform.codeSent(sendOtp(sendId, phone), phone);

        GatewayAnswer threeDsWrong = cards.verify(passcode.requestId(), wrongCode(passcode.passcode()));
        IntegratorAnswer integratorWrong = platform.verify(sendId, wrongCode(integratorCode));
        GatewayAnswer threeDsRight = cards.verify(passcode.requestId(), passcode.passcode());

        assertEquals("VERIFY_UNMATCHED", threeDsWrong.resultCode(), threeDsWrong.toString());
        assertEquals("OTP_NOT_MATCHED", integratorWrong.result(), integratorWrong.toString());
        assertRefusedByTheBudget(threeDsRight);
    }

    @Test
    void thePaymentIntegratorMatchesNoCodeOnceThePhonesBudgetIsSpent() {
        PaymentPlatform platform = PaymentPlatform.registerAs("IT_BUDGET_GSP");
        PaymentPlatform.SentCode first = platform.sendToFreshPhone();
        for (int i = 0; i < 2; i++) {
            platform.verify(first.sendRequestId(), wrongCode(first.code()));
        }
        String secondSend = requestId();
        String secondCode = platform.codeSent(sendOtp(secondSend, first.phone()), first.phone());

        IntegratorAnswer right = platform.verify(secondSend, secondCode);

        assertEquals(200, right.status(), right.toString());
        assertEquals("OTP_NOT_MATCHED", right.result(), right.toString());
        assertEquals(
                0, ReplayIT.failedAttempts("auth_gsp_otp", platform.clientId(), secondSend), "nothing was checked");
    }

    @Test
    void wrongCodesOlderThanTheWindowNoLongerCount() throws InterruptedException {
        WalletUser user = WalletUser.of(Partner.registerAs("IT_BUDGET_WINDOW"));
        WalletUser.Code code = user.code();
        user.verify(code, code.wrong());
        user.verify(code, code.wrong());
        long secondWrong = System.currentTimeMillis();

        GatewayAnswer within = user.verify(code, code.value());
        Thread.sleep(Math.max(0, secondWrong + 11_000 - System.currentTimeMillis()));
        GatewayAnswer after = user.verify(code, code.value());

        assertRefusedByTheBudget(within);
        assertEquals("SUCCESS", after.resultCode(), "2 allowed within 10 s: " + after);
    }

    private JsonObjectBuilder byAssociation(PaymentPlatform platform, String sendId, String userId) {
        String associationId = "assoc-" + UUID.randomUUID();
        AdminClient.Answer made = admin.send(
                "PUT",
                "/admin/clients/" + platform.clientId() + "/associations/" + associationId,
                "{\"userId\":\"" + userId + "\"}");
        assertEquals(200, made.status(), made.toString());
        return sendOtp(sendId, "unused").remove("accountPhoneNumber").add("associationId", associationId);
    }

    private static void assertRefusedByTheBudget(GatewayAnswer answer) {
        assertEquals("VERIFY_TIMES_EXCEED_LIMIT", answer.resultCode(), answer.toString());
        assertEquals("F", answer.resultStatus());
        assertTrue(
                answer.body()
                        .getJsonObject("result")
                        .getString("resultMessage")
                        .startsWith("Too many wrong codes for this user"),
                answer.toString());
    }
}
