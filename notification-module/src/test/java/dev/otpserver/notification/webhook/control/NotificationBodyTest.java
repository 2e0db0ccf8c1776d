package dev.otpserver.notification.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.common.otpnotify.OtpNotice;
import dev.otpserver.common.otpnotify.OtpNotice.Amount;
import dev.otpserver.common.signature.SigningString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationBodyTest {

    private static final Instant CHALLENGE = Instant.ofEpochMilli(1729180800000L);
    private static final Instant EXPIRY = Instant.ofEpochMilli(1729181100000L);

    @Test
    void designVectorCIsReproducedByteForByte() throws Exception {
        OtpNotice notice = new OtpNotice(
                "5Y60382Z2Y4S00000",
                "",
                "A0001",
                "1234",
                Optional.empty(),
                "654321",
                Optional.of("MASTERCARD"),
                Optional.empty(),
                Optional.of(new Amount("USD", "1000")),
                CHALLENGE,
                EXPIRY);

        String body = NotificationBody.of(notice);

        assertEquals(
                "{\"assetId\":\"A0001\",\"cardNoLast4\":\"1234\",\"passcode\":\"654321\",\"cardBrand\":\"MASTERCARD\","
                        + "\"tradeAmount\":{\"currency\":\"USD\",\"value\":\"1000\"},\"challengeTime\":\"1729180800000\","
                        + "\"challengeExpiryTime\":\"1729181100000\"}",
                body);
        byte[] signed = SigningString.of(
                "POST",
                "/wf/notify/otp",
                "5Y60382Z2Y4S00000",
                "2024-10-18T00:00:00+08:00",
                body.getBytes(StandardCharsets.UTF_8));
        assertEquals(
                "900fb1c67d704a821c080c56a59af4515c13568a3b362814900f59e1a5207476",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed)));
    }

    @Test
    void everyFieldInTheSeedsOrderAllStrings() {
        OtpNotice notice = new OtpNotice(
                "P",
                "",
                "A9",
                "0042",
                Optional.of("Shop \"Ü\""),
                "123456",
                Optional.of("MASTERCARD"),
                Optional.of("3DS"),
                Optional.of(new Amount("JPY", "1")),
                CHALLENGE,
                EXPIRY);

        assertEquals(
                "{\"assetId\":\"A9\",\"cardNoLast4\":\"0042\",\"merchantName\":\"Shop \\\"Ü\\\"\",\"passcode\":\"123456\","
                        + "\"cardBrand\":\"MASTERCARD\",\"message\":\"3DS\",\"tradeAmount\":{\"currency\":\"JPY\",\"value\":\"1\"},"
                        + "\"challengeTime\":\"1729180800000\",\"challengeExpiryTime\":\"1729181100000\"}",
                NotificationBody.of(notice));
    }

    @Test
    void absentOptionalsAreLeftOut() {
        OtpNotice notice = new OtpNotice(
                "P",
                "",
                "A9",
                "0042",
                Optional.empty(),
                "123456",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                null,
                EXPIRY);

        assertEquals(
                "{\"assetId\":\"A9\",\"cardNoLast4\":\"0042\",\"passcode\":\"123456\",\"challengeExpiryTime\":\"1729181100000\"}",
                NotificationBody.of(notice));
    }
}
