package dev.otpserver.notification.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.notification.delivery.control.DeliveryFailure;
import dev.otpserver.notification.sms.control.LoopbackHttpGateway.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpSmsGatewayTest {

    private final LoopbackHttpGateway provider = newProvider();

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    @Test
    void postsJsonWithAuthHeaderAndIdempotencyKeyAndReadsTheProviderId() throws Exception {
        provider.replying(Reply.of(201, "{\"messages\":[{\"message-id\":\"prov-77\",\"status\":\"0\"}]}"));
        HttpSmsGateway gateway = gateway(Map.of(
                "otp.notification.sms.http.fields", "to={toDigits},text={text},ref={messageId},from=Demo\\, Inc",
                "otp.notification.sms.http.auth-header", "Authorization",
                "otp.notification.sms.http.auth-value", "Bearer s3cret",
                "otp.notification.sms.http.success-json", "messages.0.status=0",
                "otp.notification.sms.http.message-id-field", "messages.0.message-id"));
        SmsSubmission sms = sms("Your code is 123456");

        assertEquals("prov-77", gateway.send(sms));

        LoopbackHttpGateway.Request request = provider.nextRequest();
        JsonObject body = Json.createReader(new StringReader(request.body())).readObject();
        assertEquals("POST", request.method());
        assertEquals("Bearer s3cret", request.header("Authorization"));
        assertEquals(sms.messageId(), request.header("Idempotency-Key"));
        assertTrue(request.header("Content-Type").startsWith("application/json"));
        assertEquals("15550100001", body.getString("to"));
        assertEquals("Your code is 123456", body.getString("text"));
        assertEquals(sms.messageId(), body.getString("ref"));
        assertEquals("Demo, Inc", body.getString("from"));
    }

    @Test
    void postsAFormWhenToldAndSucceedsOnABodyMatchingTheRegex() throws Exception {
        provider.replying(Reply.of(200, "OK: queued"));
        HttpSmsGateway gateway = gateway(Map.of(
                "otp.notification.sms.http.format", "form",
                "otp.notification.sms.http.fields", "To={to},Body={text}",
                "otp.notification.sms.http.idempotency-header", "none",
                "otp.notification.sms.http.success-regex", "^OK"));

        assertNull(gateway.send(sms("Code: 1 & 2 = é")));

        LoopbackHttpGateway.Request request = provider.nextRequest();
        assertEquals("To=%2B15550100001&Body=Code%3A+1+%26+2+%3D+%C3%A9", request.body());
        assertTrue(request.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        assertNull(request.header("Idempotency-Key"));
    }

    @Test
    void aTwoHundredWithoutTheSuccessMarkIsTransient() {
        provider.replying(Reply.of(200, "{\"status\":\"throttled\"}"));
        HttpSmsGateway gateway = gateway(Map.of("otp.notification.sms.http.success-json", "status=queued"));

        DeliveryFailure failure = assertThrows(DeliveryFailure.class, () -> gateway.send(sms("x")));

        assertFalse(failure.permanent());
    }

    @Test
    void serverErrorsTooManyRequestsAndRequestTimeoutAreTransientThenTheRetrySucceeds() throws Exception {
        provider.replying(Reply.of(503, ""), Reply.of(429, ""), Reply.of(408, ""), Reply.of(200, "{\"sid\":\"SM1\"}"));
        HttpSmsGateway gateway = gateway(Map.of("otp.notification.sms.http.message-id-field", "sid"));
        SmsSubmission sms = sms("x");

        for (int i = 0; i < 3; i++) {
            assertFalse(
                    assertThrows(DeliveryFailure.class, () -> gateway.send(sms)).permanent());
        }
        assertEquals("SM1", gateway.send(sms));
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    sms.messageId(), provider.nextRequest().header("Idempotency-Key"), "the same key on every retry");
        }
    }

    @Test
    void aClientErrorIsPermanent() {
        provider.replying(Reply.of(400, "{\"error\":\"invalid number\"}"));
        HttpSmsGateway gateway = gateway(Map.of());

        assertTrue(assertThrows(DeliveryFailure.class, () -> gateway.send(sms("x")))
                .permanent());
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsTransient() {
        provider.replying(new Reply(200, "{}", Duration.ofSeconds(3)));
        HttpSmsGateway gateway = gateway(Map.of("otp.notification.sms.http.read-timeout-ms", "300"));

        long started = System.nanoTime();
        assertFalse(assertThrows(DeliveryFailure.class, () -> gateway.send(sms("x")))
                .permanent());
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos(), "bounded by the read timeout");
    }

    private HttpSmsGateway gateway(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("otp.notification.sms.http.url", provider.url());
        return new HttpSmsGateway(HttpGatewaySettings.from(SettingsSource.of(all)));
    }

    static SmsSubmission sms(String text) {
        return new SmsSubmission(UUID.randomUUID().toString(), "CLIENT", "+15550100001", SmsText.of(text));
    }

    private static LoopbackHttpGateway newProvider() {
        try {
            return new LoopbackHttpGateway();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
