package dev.otpserver.systemtest.admin;

import static dev.otpserver.systemtest.support.PaymentPlatform.SEND_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.VERIFY_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.sendOtp;
import static dev.otpserver.systemtest.support.PaymentPlatform.verifyOtp;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.SmsSink;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** An admin looks up a challenge's state by client and request id, and never sees its code. */
class ChallengeLookupIT extends DeployedEar {

    private final AdminClient admin = AdminClient.admin();

    @Test
    void theStateShowsStatusAndAttemptsButNoCode() {
        PaymentPlatform platform = PaymentPlatform.register();
        String phone = CardSystem.freshPhone();
        String sendId = PaymentPlatform.requestId();
        platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));
        platform.post(
                VERIFY_OTP,
                verifyOtp(PaymentPlatform.requestId(), sendId, code.equals("000000") ? "111111" : "000000")
                        .build()
                        .toString());

        AdminClient.Answer answer =
                admin.send("GET", "/admin/challenges?clientId=" + platform.clientId() + "&requestId=" + sendId, null);

        JsonObject state = answer.jsonArray().getJsonObject(0);
        assertAll(
                answer.toString(),
                () -> assertEquals(200, answer.status()),
                () -> assertEquals("PAYMENT_INTEGRATOR", state.getString("kind")),
                () -> assertEquals("PENDING", state.getString("status")),
                () -> assertEquals(1, state.getInt("failedAttempts")),
                () -> assertFalse(answer.body().contains(code), "no code in the answer"),
                () -> assertFalse(answer.body().toLowerCase().contains("hash"), "no hash in the answer"));
    }

    @Test
    void anUnknownRequestIdIsNotFoundAndTheLookupNeedsTheRole() {
        assertEquals(
                404,
                admin.send("GET", "/admin/challenges?clientId=NOBODY&requestId=nothing", null)
                        .status());
        assertEquals(
                400,
                admin.send("GET", "/admin/challenges?clientId=NOBODY", null).status());
        assertEquals(
                403,
                AdminClient.withoutRole()
                        .send("GET", "/admin/challenges?clientId=NOBODY&requestId=nothing", null)
                        .status());
    }
}
