package dev.otpserver.common.gsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestHeaderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofSeconds(60);

    @Test
    void theSeedsHeaderIsReadWithItsTimestampAsAString() {
        RequestHeader header = read(header("0123434-otp-abc", Long.toString(NOW.toEpochMilli()), 1));

        assertEquals("0123434-otp-abc", header.requestId());
        assertEquals(NOW, header.requestTimestamp());
    }

    @Test
    void aTimestampAsAJsonNumberAndAnyMinorVersionAreAccepted() {
        JsonObjectBuilder header = Json.createObjectBuilder()
                .add("requestId", "a:b_c-1")
                .add("requestTimestamp", NOW.toEpochMilli() + 59_000)
                .add(
                        "protocolVersion",
                        Json.createObjectBuilder()
                                .add("major", 1)
                                .add("minor", 7)
                                .add("revision", 3));

        assertEquals("a:b_c-1", read(header).requestId());
    }

    @Test
    void aTimestampOutsideTheWindowIsOutOfRange() {
        assertCode(
                ErrorResponseCode.REQUEST_TIMESTAMP_OUT_OF_RANGE,
                header("r1", Long.toString(NOW.toEpochMilli() - 61_000), 1));
        assertCode(
                ErrorResponseCode.REQUEST_TIMESTAMP_OUT_OF_RANGE,
                header("r1", Long.toString(NOW.toEpochMilli() + 61_000), 1));
    }

    @Test
    void anotherMajorVersionIsAnInvalidApiVersion() {
        assertCode(ErrorResponseCode.INVALID_API_VERSION, header("r1", Long.toString(NOW.toEpochMilli()), 2));
    }

    @Test
    void requestIdsOutsideTheirAlphabetOrTooLongAreInvalid() {
        assertCode(ErrorResponseCode.INVALID_FIELD_VALUE, header("r 1", Long.toString(NOW.toEpochMilli()), 1));
        assertCode(
                ErrorResponseCode.INVALID_FIELD_VALUE, header("r".repeat(101), Long.toString(NOW.toEpochMilli()), 1));
        assertCode(ErrorResponseCode.INVALID_FIELD_VALUE, header("r1", "yesterday", 1));
    }

    @Test
    void missingPartsAreNamedByTheirPath() {
        GspException missingId = assertThrows(
                GspException.class,
                () -> read(Json.createObjectBuilder()
                        .add("requestTimestamp", "1")
                        .add("protocolVersion", Json.createObjectBuilder().add("major", 1))));
        GspException missingHeader = assertThrows(
                GspException.class,
                () -> RequestHeader.of(GspFields.of(Json.createObjectBuilder().build()), NOW, WINDOW));

        assertEquals(ErrorResponseCode.MISSING_REQUIRED_FIELD, missingId.code());
        assertEquals("requestHeader.requestId is required.", missingId.getMessage());
        assertEquals("requestHeader is required.", missingHeader.getMessage());
    }

    private static JsonObjectBuilder header(String requestId, String timestamp, int major) {
        return Json.createObjectBuilder()
                .add("requestId", requestId)
                .add("requestTimestamp", timestamp)
                .add(
                        "protocolVersion",
                        Json.createObjectBuilder()
                                .add("major", major)
                                .add("minor", 0)
                                .add("revision", 0));
    }

    private static RequestHeader read(JsonObjectBuilder header) {
        return RequestHeader.of(
                GspFields.of(
                        Json.createObjectBuilder().add("requestHeader", header).build()),
                NOW,
                WINDOW);
    }

    private static void assertCode(ErrorResponseCode expected, JsonObjectBuilder header) {
        assertEquals(
                expected, assertThrows(GspException.class, () -> read(header)).code());
    }
}
