package dev.otpserver.systemtest.otp;

import static dev.otpserver.systemtest.support.PaymentPlatform.VERIFY_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.requestId;
import static dev.otpserver.systemtest.support.PaymentPlatform.verifyOtp;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.IntegratorAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.WalletUser;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A finished challenge (used, locked or expired) answers a further value without saying whether it is the
 * code: a used one gives its stored success again only to the same value while the code lives, and once
 * another value came, answers that and every later value alike; a locked or expired one answers every value
 * alike. Each dialect with the code it already has.
 */
class FinishedChallengeIT extends DeployedEar {

    @Test
    void aUsedWalletCodeAnswersOneGuessAtMostAndThenEveryValueAlike() {
        WalletUser user = WalletUser.of(Partner.register());
        WalletUser.Code code = user.code();
        assertEquals("SUCCESS", user.verify(code, code.value()).resultCode());

        GatewayAnswer repeat = user.verify(code, code.value());
        List<GatewayAnswer> guesses = Stream.of(1, 2, 3)
                .map(by -> user.verify(code, otherThan(code.value(), by)))
                .toList();
        GatewayAnswer rightAfterGuesses = user.verify(code, code.value());

        assertEquals("SUCCESS", repeat.resultCode(), "an exact repeat gets the stored success: " + repeat);
        Stream.concat(guesses.stream(), Stream.of(rightAfterGuesses)).forEach(answer -> {
            assertEquals("AUTHENTICATION_REQUEST_ID_INVALID", answer.resultCode(), answer.toString());
            assertFalse(answer.body().containsKey("isPassed"), answer.toString());
        });
    }

    @Test
    void aUsedWalletCodeIsNotPassedAgainOnceItsLifetimeIsOver() throws InterruptedException {
        WalletUser user = WalletUser.of(Partner.registerAs("IT_FINISHED_SHORT_LIFE"));
        WalletUser.Code code = user.code();
        GatewayAnswer first = user.verify(code, code.value());

        Thread.sleep(5_500);
        GatewayAnswer late = user.verify(code, code.value());

        assertEquals("SUCCESS", first.resultCode(), first.toString());
        assertEquals("AUTHENTICATION_REQUEST_ID_INVALID", late.resultCode(), late.toString());
    }

    @Test
    void anExpiredWalletCodeAnswersEveryValueAlikeAndCountsNone() throws InterruptedException {
        Partner partner = Partner.registerAs("IT_FINISHED_EXPIRED");
        WalletUser user = WalletUser.of(partner);
        WalletUser.Code code = user.code();

        Thread.sleep(2_500);

        assertAnsweredAlike("VERIFY_UNMATCHED", value -> user.verify(code, value), code.value());
        assertEquals(0, ReplayIT.failedAttempts("auth_challenge", partner.clientId(), code.requestId()));
    }

    @Test
    void aLockedWalletCodeAnswersEveryValueAlike() {
        WalletUser user = WalletUser.of(Partner.register());
        WalletUser.Code code = user.code();
        for (int i = 0; i < 5; i++) {
            assertEquals("VERIFY_UNMATCHED", user.verify(code, code.wrong()).resultCode());
        }

        assertAnsweredAlike("VERIFY_TIMES_EXCEED_LIMIT", value -> user.verify(code, value), code.value());
    }

    @Test
    void aUsedPasscodeAnswersOneGuessAtMostAndThenEveryValueAlike() {
        CardSystem cards = CardSystem.register();
        CardSystem.Passcode passcode = cards.passcodeTo(Partner.register().clientId(), CardSystem.freshPhone());
        assertEquals(
                "SUCCESS",
                cards.verify(passcode.requestId(), passcode.passcode()).resultCode());

        GatewayAnswer repeat = cards.verify(passcode.requestId(), passcode.passcode());
        GatewayAnswer guess = cards.verify(passcode.requestId(), otherThan(passcode.passcode(), 1));
        GatewayAnswer rightAfterTheGuess = cards.verify(passcode.requestId(), passcode.passcode());

        assertAll(
                () -> assertEquals("SUCCESS", repeat.resultCode(), repeat.toString()),
                () -> assertEquals("AUTHENTICATION_REQUEST_ID_INVALID", guess.resultCode(), guess.toString()),
                () -> assertEquals(
                        "AUTHENTICATION_REQUEST_ID_INVALID",
                        rightAfterTheGuess.resultCode(),
                        rightAfterTheGuess.toString()));
    }

    @Test
    void aLockedPasscodeAnswersEveryValueAlike() {
        CardSystem cards = CardSystem.register();
        CardSystem.Passcode passcode = cards.passcodeTo(Partner.register().clientId(), CardSystem.freshPhone());
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    "VERIFY_UNMATCHED",
                    cards.verify(passcode.requestId(), otherThan(passcode.passcode(), 1))
                            .resultCode());
        }

        assertAnsweredAlike(
                "VERIFY_TIMES_EXCEED_LIMIT", value -> cards.verify(passcode.requestId(), value), passcode.passcode());
    }

    @Test
    void aUsedIntegratorCodeIsAlreadyUsedForEveryValueAndOnlyItsOwnRequestGetsTheSuccessAgain() {
        PaymentPlatform platform = PaymentPlatform.register();
        PaymentPlatform.SentCode sent = platform.sendToFreshPhone();
        String verifyId = requestId();
        IntegratorAnswer verified = platform.post(
                VERIFY_OTP,
                verifyOtp(verifyId, sent.sendRequestId(), sent.code()).build().toString());

        IntegratorAnswer guess = platform.verify(sent.sendRequestId(), otherThan(sent.code(), 1));
        IntegratorAnswer right = platform.verify(sent.sendRequestId(), sent.code());
        IntegratorAnswer repeat = platform.post(
                VERIFY_OTP,
                verifyOtp(verifyId, sent.sendRequestId(), sent.code()).build().toString());

        assertAll(
                () -> assertEquals("SUCCESS", verified.result(), verified.toString()),
                () -> assertEquals("OTP_ALREADY_USED", guess.result(), guess.toString()),
                () -> assertEquals("OTP_ALREADY_USED", right.result(), right.toString()),
                () -> assertEquals("SUCCESS", repeat.result(), repeat.toString()),
                () -> assertEquals(
                        verified.body().getString("paymentIntegratorVerifyOtpId"),
                        repeat.body().getString("paymentIntegratorVerifyOtpId")));
    }

    @Test
    void aLockedIntegratorCodeMatchesNoValue() {
        PaymentPlatform platform = PaymentPlatform.register();
        PaymentPlatform.SentCode sent = platform.sendToFreshPhone();
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    "OTP_NOT_MATCHED",
                    platform.verify(sent.sendRequestId(), otherThan(sent.code(), 1))
                            .result());
        }

        IntegratorAnswer right = platform.verify(sent.sendRequestId(), sent.code());
        IntegratorAnswer wrong = platform.verify(sent.sendRequestId(), otherThan(sent.code(), 2));

        assertEquals("OTP_NOT_MATCHED", right.result(), right.toString());
        assertEquals("OTP_NOT_MATCHED", wrong.result(), wrong.toString());
    }

    /** {@code code} with its last digit moved by {@code by} (1 to 9): never the code itself. */
    private static String otherThan(String code, int by) {
        int last = code.charAt(code.length() - 1) - '0';
        return code.substring(0, code.length() - 1) + (last + by) % 10;
    }

    /** The right value and two wrong ones get the same code and status, and no isPassed other than "false". */
    private static void assertAnsweredAlike(String expected, Function<String, GatewayAnswer> verify, String right) {
        Stream.of(right, otherThan(right, 1), otherThan(right, 2)).map(verify).forEach(answer -> {
            assertEquals(expected, answer.resultCode(), answer.toString());
            assertEquals("F", answer.resultStatus());
            assertFalse("true".equals(answer.body().getString("isPassed", null)), answer.toString());
        });
    }
}
