package dev.otpserver.systemtest.integrator;

import static dev.otpserver.systemtest.support.PaymentPlatform.SEND_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.VERIFY_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.requestId;
import static dev.otpserver.systemtest.support.PaymentPlatform.sendOtp;
import static dev.otpserver.systemtest.support.PaymentPlatform.verifyOtp;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.IntegratorAnswer;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.SmsSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The payment-integrator dialect end to end, over JOSE, as a payment platform holding only its own keys:
 * sendOtp texts a code with the smsMatchingToken, verifyOtp checks it once, and every requestId is
 * answered once.
 */
class PaymentIntegratorIT extends DeployedEar {

    private final PaymentPlatform platform = PaymentPlatform.register();

    @Test
    void theCodeArrivesBySmsWithTheMatchingTokenAndVerifiesOnce() {
        String phone = CardSystem.freshPhone();
        String sendId = requestId();

        IntegratorAnswer sent =
                platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        List<String> texts = SmsSink.textsTo(phone, 1);
        String code = SmsSink.codeIn(texts.get(0));
        IntegratorAnswer verified = platform.post(
                VERIFY_OTP, verifyOtp(requestId(), sendId, code).build().toString());
        IntegratorAnswer again = platform.post(
                VERIFY_OTP, verifyOtp(requestId(), sendId, code).build().toString());

        assertAll(
                sent.toString(),
                () -> assertEquals(200, sent.status()),
                () -> assertTrue(sent.sealed()),
                () -> assertEquals("SUCCESS", sent.result()),
                () -> assertNotNull(sent.body().getString("paymentIntegratorSendOtpId")),
                () -> assertEquals(
                        13,
                        sent.body()
                                .getJsonObject("responseHeader")
                                .getString("responseTimestamp")
                                .length()),
                () -> assertTrue(texts.get(0).endsWith(" AB12345678C"), texts.get(0)),
                () -> assertEquals("SUCCESS", verified.result(), verified.toString()),
                () -> assertTrue(verified.sealed()),
                () -> assertNotNull(verified.body().getString("paymentIntegratorVerifyOtpId")),
                () -> assertEquals("OTP_ALREADY_USED", again.result(), again.toString()));
    }

    @Test
    void theSeedsExampleRequestIdsMayRepeatAcrossMethods() {
        String phone = CardSystem.freshPhone();
        String requestId = requestId();
        platform.post(SEND_OTP, sendOtp(requestId, phone).build().toString());
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));

        IntegratorAnswer verified = platform.post(
                VERIFY_OTP, verifyOtp(requestId, requestId, code).build().toString());

        assertEquals("SUCCESS", verified.result(), verified.toString());
    }

    @Test
    void aRepeatedSendGetsTheFirstAnswerAndNoSecondSmsAndOtherContentIsAnIdempotencyViolation() {
        String phone = CardSystem.freshPhone();
        String sendId = requestId();

        IntegratorAnswer first =
                platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        IntegratorAnswer repeat =
                platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        IntegratorAnswer changed = platform.post(
                SEND_OTP,
                sendOtp(sendId, phone)
                        .add("smsMatchingToken", "ZZ12345678C")
                        .build()
                        .toString());

        assertEquals(
                first.body().getString("paymentIntegratorSendOtpId"),
                repeat.body().getString("paymentIntegratorSendOtpId"));
        assertEquals("SUCCESS", repeat.result());
        assertEquals(412, changed.status(), changed.toString());
        assertEquals("IDEMPOTENCY_VIOLATION", changed.errorCode());
        assertTrue(changed.sealed());
        assertEquals(1, SmsSink.textsTo(phone, 2).size());
    }

    @Test
    void aRepeatedVerifyGetsTheFirstAnswer() {
        String phone = CardSystem.freshPhone();
        String sendId = requestId();
        platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));
        String verifyId = requestId();

        IntegratorAnswer first = platform.post(
                VERIFY_OTP, verifyOtp(verifyId, sendId, code).build().toString());
        IntegratorAnswer repeat = platform.post(
                VERIFY_OTP, verifyOtp(verifyId, sendId, code).build().toString());
        IntegratorAnswer otherCode = platform.post(
                VERIFY_OTP, verifyOtp(verifyId, sendId, wrong(code)).build().toString());

        assertEquals("SUCCESS", repeat.result(), repeat.toString());
        assertEquals(
                first.body().getString("paymentIntegratorVerifyOtpId"),
                repeat.body().getString("paymentIntegratorVerifyOtpId"));
        assertEquals("IDEMPOTENCY_VIOLATION", otherCode.errorCode(), otherCode.toString());
    }

    @Test
    void wrongCodesDoNotMatchAndAfterTheAttemptLimitNeitherDoesTheRightOne() {
        String phone = CardSystem.freshPhone();
        String sendId = requestId();
        platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));

        for (int i = 0; i < 5; i++) {
            IntegratorAnswer miss = platform.post(
                    VERIFY_OTP,
                    verifyOtp(requestId(), sendId, wrong(code)).build().toString());
            assertEquals("OTP_NOT_MATCHED", miss.result(), miss.toString());
            assertEquals(200, miss.status());
        }
        assertEquals(
                "OTP_NOT_MATCHED",
                platform.post(
                                VERIFY_OTP,
                                verifyOtp(requestId(), sendId, code).build().toString())
                        .result());
    }

    @Test
    void anExpiredCodeDoesNotMatch() throws InterruptedException {
        PaymentPlatform shortLived = PaymentPlatform.registerAs("IT_GSP_SHORT_LIFE");
        String phone = CardSystem.freshPhone();
        String sendId = requestId();
        shortLived.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));

        Thread.sleep(2_500);

        assertEquals(
                "OTP_NOT_MATCHED",
                shortLived
                        .post(
                                VERIFY_OTP,
                                verifyOtp(requestId(), sendId, code).build().toString())
                        .result());
    }

    @Test
    void anUnknownSendOtpRequestIdIsAnInvalidIdentifierNamingTheField() {
        IntegratorAnswer answer = platform.post(
                VERIFY_OTP,
                verifyOtp(requestId(), "no-such-request", "123456").build().toString());

        assertEquals(404, answer.status(), answer.toString());
        assertEquals("INVALID_IDENTIFIER", answer.errorCode());
        assertTrue(answer.description().startsWith("sendOtpRequestId"), answer.description());
    }

    @Test
    void anotherCallersSendOtpRequestIdIsUnknown() {
        String phone = CardSystem.freshPhone();
        String sendId = requestId();
        platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));

        IntegratorAnswer answer = PaymentPlatform.register()
                .post(VERIFY_OTP, verifyOtp(requestId(), sendId, code).build().toString());

        assertEquals("INVALID_IDENTIFIER", answer.errorCode(), answer.toString());
    }

    @Test
    void aMalformedPhoneNumberIsDeclinedAndSendsNothing() {
        IntegratorAnswer answer = platform.post(
                SEND_OTP, sendOtp(requestId(), "0800 123 456").build().toString());

        assertEquals(200, answer.status(), answer.toString());
        assertEquals("INVALID_PHONE_NUMBER", answer.result());
    }

    @Test
    void theSendLimitOfAPhoneNumberIsDeclinedWithOtpLimitReached() {
        PaymentPlatform limited = PaymentPlatform.registerAs("IT_GSP_SEND_LIMIT");
        String phone = CardSystem.freshPhone();

        List<String> results = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> limited.post(
                                SEND_OTP, sendOtp(requestId(), phone).build().toString())
                        .result())
                .toList();

        assertEquals(List.of("SUCCESS", "SUCCESS", "OTP_LIMIT_REACHED"), results);
        assertEquals(2, SmsSink.textsTo(phone, 3).size());
    }

    @Test
    void aSecondCodeWithinTheSendIntervalIsDeclined() {
        String phone = CardSystem.freshPhone();

        platform.post(SEND_OTP, sendOtp(requestId(), phone).build().toString());
        IntegratorAnswer tooSoon =
                platform.post(SEND_OTP, sendOtp(requestId(), phone).build().toString());

        assertEquals("OTP_LIMIT_REACHED", tooSoon.result(), tooSoon.toString());
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
