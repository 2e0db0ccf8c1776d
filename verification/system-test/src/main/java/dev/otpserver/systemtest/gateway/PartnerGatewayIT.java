package dev.otpserver.systemtest.gateway;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.SignedCall;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The signed partner gateway end to end, through queryOtpConfig (seed 000): a signed request is answered
 * and signed back; every bad variant gets its own result code in a signed HTTP 200 envelope.
 */
class PartnerGatewayIT extends DeployedEar {

    private static final String QUERY_OTP_CONFIG = "/amsin/api/v1/business/worldcard/queryOtpConfig";

    @Test
    void signedQueryIsAnsweredWithTheDefaultPreferenceAndASignedResponse() {
        GatewayAnswer answer = Partner.register().post(QUERY_OTP_CONFIG, "{}").send();

        assertAll(
                answer.toString(),
                () -> assertEquals(200, answer.status()),
                () -> assertEquals("SUCCESS", answer.resultCode()),
                () -> assertEquals("S", answer.resultStatus()),
                () -> assertEquals("OFF", answer.body().getString("otpApiNotifyPreference")),
                () -> assertTrue(answer.signedByServer(), "response signature verifies with the server key"));
    }

    @Test
    void isoRequestTimeWithOffsetIsAcceptedAndAnsweredInKind() {
        String now = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                Instant.now().atOffset(ZoneOffset.ofHours(8)).withNano(0));

        GatewayAnswer answer =
                Partner.register().post(QUERY_OTP_CONFIG, "{}").requestTime(now).send();

        assertEquals("SUCCESS", answer.resultCode(), answer.toString());
        assertTrue(answer.header("Response-Time").contains("T"), answer.header("Response-Time"));
        assertTrue(answer.signedByServer());
    }

    @Test
    void otherHttpMethodIsMethodNotSupported() {
        assertRefused(
                "METHOD_NOT_SUPPORTED",
                Partner.register().post(QUERY_OTP_CONFIG, "").method("GET"));
    }

    @Test
    void otherMediaTypeIsNotAcceptable() {
        assertRefused(
                "MEDIA_TYPE_NOT_ACCEPTABLE",
                Partner.register().post(QUERY_OTP_CONFIG, "{}").header("Content-Type", "text/plain"));
    }

    @Test
    void aContentTypeTheRuntimeCouldNotParseIsTheGatewaysToRefuse() {
        assertRefused(
                "MEDIA_TYPE_NOT_ACCEPTABLE",
                Partner.register().post(QUERY_OTP_CONFIG, "{}").header("Content-Type", ";;;=="));
    }

    @Test
    void missingOrMalformedHeadersAreIllegalParameters() {
        Partner partner = Partner.register();
        assertRefused("PARAM_ILLEGAL", partner.post(QUERY_OTP_CONFIG, "{}").withoutHeader("Client-Id"));
        assertRefused("PARAM_ILLEGAL", partner.post(QUERY_OTP_CONFIG, "{}").requestTime("yesterday"));
        assertRefused("PARAM_ILLEGAL", partner.post(QUERY_OTP_CONFIG, "{}").header("Signature", "signature=abc"));
    }

    @Test
    void bodyThatIsNotJsonIsAnIllegalParameter() {
        assertRefused("PARAM_ILLEGAL", Partner.register().post(QUERY_OTP_CONFIG, "{not json"));
    }

    @Test
    void fieldThatIsNotAStringIsAnIllegalParameter() {
        assertRefused("PARAM_ILLEGAL", Partner.register().post(QUERY_OTP_CONFIG, "{\"limit\":20}"));
    }

    @Test
    void unknownClientIsInvalid() {
        assertRefused(
                "CLIENT_INVALID",
                Partner.register().post(QUERY_OTP_CONFIG, "{}").header("Client-Id", "NOBODY_AT_ALL"));
    }

    @Test
    void disabledClientIsInvalid() {
        assertRefused("CLIENT_INVALID", Partner.register().disabled().post(QUERY_OTP_CONFIG, "{}"));
    }

    @Test
    void unknownKeyVersionIsKeyNotFound() {
        assertRefused(
                "KEY_NOT_FOUND", Partner.register().post(QUERY_OTP_CONFIG, "{}").keyVersion(9));
    }

    @Test
    void tamperedBodyIsAnInvalidSignature() {
        assertRefused(
                "INVALID_SIGNATURE",
                Partner.register().post(QUERY_OTP_CONFIG, "{}").tamperedBody("{\"x\":\"y\"}"));
    }

    @Test
    void staleOrFutureRequestTimeIsRefused() {
        Partner partner = Partner.register();
        long now = System.currentTimeMillis();
        assertRefused(
                "PARAM_ILLEGAL", partner.post(QUERY_OTP_CONFIG, "{}").requestTime(Long.toString(now - 6 * 60_000)));
        assertRefused(
                "PARAM_ILLEGAL", partner.post(QUERY_OTP_CONFIG, "{}").requestTime(Long.toString(now + 6 * 60_000)));
    }

    @Test
    void unknownApiUnderTheGatewayIsInvalid() {
        assertRefused("INVALID_API", Partner.register().post("/amsin/api/v1/business/worldcard/noSuchApi", "{}"));
    }

    private static void assertRefused(String expectedCode, SignedCall call) {
        GatewayAnswer answer = call.send();
        assertAll(
                answer.toString(),
                () -> assertEquals(200, answer.status()),
                () -> assertEquals(expectedCode, answer.resultCode()),
                () -> assertEquals("F", answer.resultStatus()),
                () -> assertTrue(answer.signedByServer(), "the refusal is signed too"));
    }
}
