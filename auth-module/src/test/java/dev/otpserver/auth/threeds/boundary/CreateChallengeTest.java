package dev.otpserver.auth.threeds.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.otpserver.common.otpnotify.OtpNotice.Amount;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.result.ResultCode;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateChallengeTest {

    private static JsonObjectBuilder complete() {
        return Json.createObjectBuilder()
                .add("challengeRequestId", "r-1")
                .add("partnerClientId", "P1")
                .add("assetId", "A0001")
                .add("cardNoLast4", "1234")
                .add("cardBrand", "MASTERCARD")
                .add("merchantName", "Shop")
                .add(
                        "tradeAmount",
                        Json.createObjectBuilder().add("currency", "USD").add("value", "1000"))
                .add("cardholderPhone", "+15550100001");
    }

    @Test
    void completeRequestIsRead() {
        CreateChallenge request = CreateChallenge.from(complete().build());

        assertEquals("1234", request.cardNoLast4());
        assertEquals(Optional.of(new Amount("USD", "1000")), request.tradeAmount());
        assertEquals(Optional.of("MASTERCARD"), request.cardBrand());
        assertFalse(request.connectedCustomerId().isPresent());
    }

    @Test
    void onlyOptionalFieldsMayBeLeftOut() {
        CreateChallenge request = CreateChallenge.from(Json.createObjectBuilder()
                .add("challengeRequestId", "r-1")
                .add("partnerClientId", "P1")
                .add("assetId", "A")
                .add("cardNoLast4", "0000")
                .build());

        assertEquals(Optional.empty(), request.tradeAmount());
        assertEquals(Optional.empty(), request.cardBrand());
    }

    @Test
    void badFieldsAreIllegal() {
        assertIllegal(complete().add("cardNoLast4", "123"));
        assertIllegal(complete().add("cardNoLast4", "12a4"));
        assertIllegal(complete().add("cardBrand", "VISA"));
        assertIllegal(complete()
                .add(
                        "tradeAmount",
                        Json.createObjectBuilder().add("currency", "usd").add("value", "1")));
        assertIllegal(complete()
                .add(
                        "tradeAmount",
                        Json.createObjectBuilder().add("currency", "USD").add("value", "1.00")));
        assertIllegal(complete().add("tradeAmount", "1000"));
        assertIllegal(complete().remove("partnerClientId"));
    }

    @Test
    void fingerprintChangesWithAnyField() {
        String[] first = CreateChallenge.from(complete().build()).fingerprintParts();
        assertArrayEquals(first, CreateChallenge.from(complete().build()).fingerprintParts());
        assertFalse(java.util.Arrays.equals(
                first,
                CreateChallenge.from(complete().add("merchantName", "Other").build())
                        .fingerprintParts()));
    }

    private static void assertIllegal(JsonObjectBuilder body) {
        GatewayException refused = assertThrows(GatewayException.class, () -> CreateChallenge.from(body.build()));
        assertEquals(ResultCode.PARAM_ILLEGAL, refused.code());
    }
}
