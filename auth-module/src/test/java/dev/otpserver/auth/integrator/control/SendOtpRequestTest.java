package dev.otpserver.auth.integrator.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.otpserver.common.gsp.ErrorResponseCode;
import dev.otpserver.common.gsp.GspException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendOtpRequestTest {

    private static final Instant NOW = Instant.ofEpochMilli(1502545413026L);
    private static final Duration WINDOW = Duration.ofSeconds(60);

    /** The seed's example request. */
    private static JsonObjectBuilder seedExample() {
        return Json.createObjectBuilder()
                .add(
                        "requestHeader",
                        Json.createObjectBuilder()
                                .add(
                                        "protocolVersion",
                                        Json.createObjectBuilder()
                                                .add("major", 1)
                                                .add("minor", 0)
                                                .add("revision", 0))
                                .add("requestId", "0123434-otp-abc")
                                .add("requestTimestamp", "1502545413026"))
                .add("accountPhoneNumber", "+918067218010")
                .add("smsMatchingToken", "AB12345678C")
                .add("otpContext", Json.createObjectBuilder().add("association", Json.createObjectBuilder()));
    }

    @Test
    void theSeedsExampleIsRead() {
        SendOtpRequest request = SendOtpRequest.from(seedExample().build(), NOW, WINDOW);

        assertEquals("0123434-otp-abc", request.header().requestId());
        assertEquals(Optional.of("+918067218010"), request.accountPhoneNumber());
        assertFalse(request.associationId().isPresent());
        assertEquals("AB12345678C", request.smsMatchingToken());
    }

    @Test
    void exactlyOneAccountIdentifierIsTaken() {
        assertCode(ErrorResponseCode.INVALID_FIELD_VALUE, seedExample().add("associationId", "assoc-1"));
        assertCode(ErrorResponseCode.MISSING_REQUIRED_FIELD, seedExample().remove("accountPhoneNumber"));
    }

    @Test
    void theSmsMatchingTokenHasElevenCharacters() {
        assertCode(ErrorResponseCode.INVALID_FIELD_VALUE, seedExample().add("smsMatchingToken", "AB1234567"));
        assertCode(ErrorResponseCode.MISSING_REQUIRED_FIELD, seedExample().remove("smsMatchingToken"));
    }

    @Test
    void theOtpContextIsARequiredObject() {
        assertCode(ErrorResponseCode.MISSING_REQUIRED_FIELD, seedExample().remove("otpContext"));
        assertCode(ErrorResponseCode.INVALID_FIELD_VALUE, seedExample().add("otpContext", "association"));
    }

    @Test
    void aRetryWithAnotherTimestampHasTheSameFingerprintAndOtherContentAnother() {
        SendOtpRequest first = SendOtpRequest.from(seedExample().build(), NOW, WINDOW);
        JsonObjectBuilder retry = seedExample()
                .add(
                        "requestHeader",
                        Json.createObjectBuilder()
                                .add(
                                        "protocolVersion",
                                        Json.createObjectBuilder()
                                                .add("major", 1)
                                                .add("minor", 0)
                                                .add("revision", 0))
                                .add("requestId", "0123434-otp-abc")
                                .add("requestTimestamp", "1502545423026"));
        SendOtpRequest changed = SendOtpRequest.from(
                seedExample().add("smsMatchingToken", "ZZ12345678C").build(), NOW, WINDOW);

        assertArrayEquals(
                first.fingerprintParts(),
                SendOtpRequest.from(retry.build(), NOW, WINDOW).fingerprintParts());
        assertFalse(java.util.Arrays.equals(first.fingerprintParts(), changed.fingerprintParts()));
    }

    private static void assertCode(ErrorResponseCode expected, JsonObjectBuilder body) {
        assertEquals(
                expected,
                assertThrows(GspException.class, () -> SendOtpRequest.from(body.build(), NOW, WINDOW))
                        .code());
    }
}
