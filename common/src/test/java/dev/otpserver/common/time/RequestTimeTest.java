package dev.otpserver.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTimeTest {

    @Test
    void readsThirteenDigitEpochMillisAsAntomSendsThem() {
        RequestTime time = RequestTime.parse("1704067200000").orElseThrow();

        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), time.instant());
        assertEquals(RequestTime.Style.EPOCH_MILLIS, time.style());
    }

    @Test
    void readsIsoWithOffsetAsWorldFirstSendsIt() {
        RequestTime time = RequestTime.parse("2024-10-18T00:00:00+08:00").orElseThrow();

        assertEquals(Instant.parse("2024-10-17T16:00:00Z"), time.instant());
        assertEquals(RequestTime.Style.ISO_OFFSET, time.style());
    }

    @Test
    void readsNineteenDigitEpochNanosAsTheGoSdkSendsThem() {
        RequestTime time = RequestTime.parse("1704067200123456789").orElseThrow();

        assertEquals(Instant.parse("2024-01-01T00:00:00.123456789Z"), time.instant());
        assertEquals(RequestTime.Style.EPOCH_NANOS, time.style());
    }

    @ParameterizedTest
    @CsvSource({
        "2024-01-01T00:00:00Z, 2024-01-01T00:00:00Z",
        "2024-01-01T00:00:00+00:00, 2024-01-01T00:00:00Z",
        "2024-01-01T08:00:00.123+08:00, 2024-01-01T00:00:00.123Z",
        "2024-01-01T00:00:00.123456Z, 2024-01-01T00:00:00.123456Z",
        "2024-01-01T05:30:00+0530, 2024-01-01T00:00:00Z",
        "2023-12-31T19:00:00-0500, 2024-01-01T00:00:00Z",
        "2024-01-01T00:00:00.5+0000, 2024-01-01T00:00:00.5Z"
    })
    void readsIsoWithAnyOffsetSpellingAndFraction(String text, String instant) {
        RequestTime time = RequestTime.parse(text).orElseThrow();

        assertEquals(Instant.parse(instant), time.instant());
        assertEquals(RequestTime.Style.ISO_OFFSET, time.style());
    }

    @Test
    void keepsTheTextAsSentBecauseItIsSigned() {
        assertEquals(
                "2019-05-28T12:12:12.123Z",
                RequestTime.parse("2019-05-28T12:12:12.123Z").orElseThrow().text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "170406720000",
                "17040672000001",
                "1704067200",
                "170406720012345678",
                "9999999999999999999",
                "2024-10-18T00:00:00",
                "yesterday",
                "2024-13-18T00:00:00Z",
                "2024-10-18 00:00:00Z"
            })
    void rejectsAnythingElse(String text) {
        assertTrue(RequestTime.parse(text).isEmpty());
    }

    @Test
    void writesIsoInUtcWithSecondsLikeWorldFirst() {
        RequestTime time = RequestTime.of(Instant.parse("2024-10-18T00:00:01.456Z"), RequestTime.Style.ISO_OFFSET);

        assertEquals("2024-10-18T00:00:01+00:00", time.text());
    }

    @Test
    void writesEpochNanosLikeTheGoSdk() {
        Instant instant = Instant.parse("2024-01-01T00:00:00.000000789Z");

        assertEquals(
                "1704067200000000789",
                RequestTime.of(instant, RequestTime.Style.EPOCH_NANOS).text());
    }

    @Test
    void writesEpochMillisLikeAntom() {
        assertEquals(
                "1704067200123",
                RequestTime.of(Instant.ofEpochMilli(1704067200123L), RequestTime.Style.EPOCH_MILLIS)
                        .text());
    }
}
