package dev.otpserver.systemtest.integrator;

import static dev.otpserver.systemtest.support.PaymentPlatform.SEND_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.VERIFY_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.requestId;
import static dev.otpserver.systemtest.support.PaymentPlatform.sendOtp;
import static dev.otpserver.systemtest.support.PaymentPlatform.verifyOtp;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import dev.otpserver.common.gsp.JoseEnvelope;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.IntegratorAnswer;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.SmsSink;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the payment-integrator dialect refuses, each with its ErrorResponse and HTTP status; a refusal
 * before the caller is known is plain JSON, after it sealed to the caller like any answer.
 */
class PaymentIntegratorRefusalsIT extends DeployedEar {

    private final PaymentPlatform platform = PaymentPlatform.register();

    @Test
    void aBodySignedByAnUnregisteredKeyIsAnInvalidPayloadSignature() {
        IntegratorAnswer answer = platform.post(
                SEND_OTP,
                sendOtp(requestId(), CardSystem.freshPhone()).build().toString(),
                PaymentPlatform.rsa(KeyUse.SIGNATURE));

        assertRefused(answer, 401, "INVALID_PAYLOAD_SIGNATURE");
        assertFalse(answer.sealed());
    }

    @Test
    void aSecondActiveKeyWorksDuringARotationAndARevokedKeyNoLonger() {
        JWK next = PaymentPlatform.rsa(KeyUse.SIGNATURE);
        platform.addKey(next.toPublicJWK());

        IntegratorAnswer withNext = platform.post(
                SEND_OTP, sendOtp(requestId(), CardSystem.freshPhone()).build().toString(), next);
        AdminClient.Answer revoked = AdminClient.admin()
                .send(
                        "DELETE",
                        "/admin/clients/" + platform.clientId() + "/jose-keys/"
                                + platform.signingKey().getKeyID(),
                        null);
        IntegratorAnswer withOld = platform.post(
                SEND_OTP, sendOtp(requestId(), CardSystem.freshPhone()).build().toString());

        assertEquals("SUCCESS", withNext.result(), withNext.toString());
        assertEquals("REVOKED", revoked.json().getString("status"), revoked.toString());
        assertRefused(withOld, 401, "INVALID_PAYLOAD_SIGNATURE");
    }

    @Test
    void aBodyEncryptedToAnUnknownKeyIsAnInvalidPayloadEncryption() {
        String sealed = JoseEnvelope.seal(
                sendOtp(requestId(), CardSystem.freshPhone()).build().toString().getBytes(StandardCharsets.UTF_8),
                platform.signingKey(),
                PaymentPlatform.rsa(KeyUse.ENCRYPTION).toPublicJWK());

        assertRefused(platform.postRaw(SEND_OTP, "application/jose", sealed), 400, "INVALID_PAYLOAD_ENCRYPTION");
    }

    @Test
    void plainJsonIsRefusedUnlessTheDevelopmentSettingIsOn() {
        IntegratorAnswer answer = platform.postRaw(
                SEND_OTP,
                "application/json",
                sendOtp(requestId(), CardSystem.freshPhone()).build().toString());

        assertRefused(answer, 400, "INVALID_PAYLOAD_ENCRYPTION");
    }

    @Test
    void aDecryptedBodyThatIsNoJsonObjectIsAnInvalidDecryptedRequest() {
        IntegratorAnswer notJson = platform.post(SEND_OTP, "requestHeader=1");
        IntegratorAnswer array = platform.post(SEND_OTP, "[1,2]");

        assertRefused(notJson, 400, "INVALID_DECRYPTED_REQUEST");
        assertTrue(notJson.sealed(), "the caller is known once the signature is verified");
        assertRefused(array, 400, "INVALID_DECRYPTED_REQUEST");
    }

    @Test
    void headerProblemsHaveTheirOwnCodes() {
        String phone = CardSystem.freshPhone();
        assertAll(
                () -> assertRefused(
                        platform.post(
                                SEND_OTP,
                                sendOtp(requestId(), phone)
                                        .add(
                                                "requestHeader",
                                                PaymentPlatform.header(requestId())
                                                        .add(
                                                                "requestTimestamp",
                                                                Long.toString(System.currentTimeMillis() - 120_000)))
                                        .build()
                                        .toString()),
                        400,
                        "REQUEST_TIMESTAMP_OUT_OF_RANGE"),
                () -> assertRefused(
                        platform.post(
                                SEND_OTP,
                                sendOtp(requestId(), phone)
                                        .add(
                                                "requestHeader",
                                                PaymentPlatform.header(requestId())
                                                        .add(
                                                                "protocolVersion",
                                                                Json.createObjectBuilder()
                                                                        .add("major", 2)))
                                        .build()
                                        .toString()),
                        400,
                        "INVALID_API_VERSION"),
                () -> assertRefused(
                        platform.post(
                                SEND_OTP,
                                sendOtp(requestId(), phone)
                                        .add("requestHeader", PaymentPlatform.header("bad id!"))
                                        .build()
                                        .toString()),
                        400,
                        "INVALID_FIELD_VALUE"),
                () -> assertRefused(
                        platform.post(
                                SEND_OTP,
                                sendOtp(requestId(), phone)
                                        .remove("requestHeader")
                                        .build()
                                        .toString()),
                        400,
                        "MISSING_REQUIRED_FIELD"));
    }

    @Test
    void bodyProblemsNameTheField() {
        String phone = CardSystem.freshPhone();
        IntegratorAnswer noToken = platform.post(
                SEND_OTP,
                sendOtp(requestId(), phone).remove("smsMatchingToken").build().toString());
        IntegratorAnswer shortToken = platform.post(
                SEND_OTP,
                sendOtp(requestId(), phone)
                        .add("smsMatchingToken", "AB1")
                        .build()
                        .toString());
        IntegratorAnswer noContext = platform.post(
                SEND_OTP,
                sendOtp(requestId(), phone).remove("otpContext").build().toString());
        IntegratorAnswer both = platform.post(
                SEND_OTP,
                sendOtp(requestId(), phone).add("associationId", "a-1").build().toString());
        IntegratorAnswer noOtp = platform.post(
                VERIFY_OTP,
                verifyOtp(requestId(), "x", "1").remove("otp").build().toString());

        assertAll(
                () -> assertRefused(noToken, 400, "MISSING_REQUIRED_FIELD"),
                () -> assertTrue(noToken.description().contains("smsMatchingToken"), noToken.description()),
                () -> assertRefused(shortToken, 400, "INVALID_FIELD_VALUE"),
                () -> assertRefused(noContext, 400, "MISSING_REQUIRED_FIELD"),
                () -> assertRefused(both, 400, "INVALID_FIELD_VALUE"),
                () -> assertRefused(noOtp, 400, "MISSING_REQUIRED_FIELD"));
        assertEquals(0, SmsSink.textsTo(phone, 1).size());
    }

    @Test
    void aRefusedRequestLeavesNothingSoItsCorrectedRetrySucceeds() {
        String phone = CardSystem.freshPhone();
        String sendId = requestId();

        IntegratorAnswer refused = platform.post(
                SEND_OTP, sendOtp(sendId, phone).remove("otpContext").build().toString());
        IntegratorAnswer retried =
                platform.post(SEND_OTP, sendOtp(sendId, phone).build().toString());

        assertRefused(refused, 400, "MISSING_REQUIRED_FIELD");
        assertEquals("SUCCESS", retried.result(), retried.toString());
    }

    @Test
    void unknownMethodsAndOtherHttpMethodsAreRefusedInTheDialect() {
        IntegratorAnswer unknown = platform.post(
                "/gsp/v1/echo",
                sendOtp(requestId(), CardSystem.freshPhone()).build().toString());

        IntegratorAnswer get = platform.get(SEND_OTP);

        assertRefused(unknown, 404, "INVALID_IDENTIFIER");
        assertRefused(get, 400, "PRECONDITION_VIOLATION");
    }

    @Test
    void aCallerWithoutAnEncryptionKeyIsForbiddenAndNothingIsSent() {
        String phone = CardSystem.freshPhone();
        PaymentPlatform unanswerable = PaymentPlatform.registerWithoutEncryptionKey();

        IntegratorAnswer answer =
                unanswerable.post(SEND_OTP, sendOtp(requestId(), phone).build().toString());

        assertRefused(answer, 403, "FORBIDDEN");
        assertEquals(0, SmsSink.textsTo(phone, 1).size());
    }

    @Test
    void aRequestWrappedInBase64UrlGetsItsAnswerWrappedTheSameWay() {
        IntegratorAnswer answer = platform.postWrapped(
                SEND_OTP, sendOtp(requestId(), CardSystem.freshPhone()).build().toString());

        assertEquals("SUCCESS", answer.result(), answer.toString());
    }

    private static void assertRefused(IntegratorAnswer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(code, answer.errorCode(), answer.toString());
        assertTrue(answer.body().getJsonObject("responseHeader").containsKey("responseTimestamp"), answer.toString());
        assertFalse(answer.body().toString().contains("Exception"), answer.toString());
    }
}
