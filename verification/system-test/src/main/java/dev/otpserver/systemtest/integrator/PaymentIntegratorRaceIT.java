package dev.otpserver.systemtest.integrator;

import static dev.otpserver.systemtest.support.PaymentPlatform.SEND_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.VERIFY_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.requestId;
import static dev.otpserver.systemtest.support.PaymentPlatform.sendOtp;
import static dev.otpserver.systemtest.support.PaymentPlatform.verifyOtp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.Database;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.IntegratorAnswer;
import dev.otpserver.systemtest.support.Parallel;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.SmsSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Concurrent verifyOtp calls on one code: every wrong one is counted, and the right one passes once. */
class PaymentIntegratorRaceIT extends DeployedEar {

    @Test
    void parallelWrongCodesAreEachCounted() throws Exception {
        // allowed 100 wrong attempts (server-under-test.properties), so that 20 never lock the code
        PaymentPlatform platform = PaymentPlatform.registerAs("IT_GSP_RACE");
        Sent sent = send(platform);

        List<IntegratorAnswer> answers = Parallel.run(guesses(platform, sent.requestId(), wrong(sent.code()), 20));

        assertTrue(answers.stream().allMatch(answer -> "OTP_NOT_MATCHED".equals(answer.result())), answers.toString());
        assertEquals(
                20,
                Database.number(
                        "SELECT failed_attempts FROM auth_gsp_otp WHERE client_id = ? AND request_id = ?",
                        platform.clientId(),
                        sent.requestId()),
                "every wrong code counted");
    }

    @Test
    void amongParallelRightCodesOnePassesAndTheOthersFindItUsed() throws Exception {
        PaymentPlatform platform = PaymentPlatform.register();
        Sent sent = send(platform);

        List<IntegratorAnswer> answers = Parallel.run(guesses(platform, sent.requestId(), sent.code(), 10));

        assertEquals(
                1,
                answers.stream()
                        .filter(answer -> "SUCCESS".equals(answer.result()))
                        .count(),
                answers.toString());
        assertEquals(
                9,
                answers.stream()
                        .filter(answer -> "OTP_ALREADY_USED".equals(answer.result()))
                        .count(),
                answers.toString());
    }

    private record Sent(String requestId, String code) {}

    private static Sent send(PaymentPlatform platform) {
        String phone = CardSystem.freshPhone();
        String sendId = requestId();
        platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        return new Sent(sendId, SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0)));
    }

    private static List<Callable<IntegratorAnswer>> guesses(
            PaymentPlatform platform, String sendId, String code, int count) {
        List<Callable<IntegratorAnswer>> guesses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            guesses.add(() -> platform.post(
                    VERIFY_OTP, verifyOtp(requestId(), sendId, code).build().toString()));
        }
        return guesses;
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
