package dev.otpserver.notification.webhook.control;

import dev.otpserver.common.json.JsonDocuments;
import dev.otpserver.common.otpnotify.OtpNotice;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Optional;

/**
 * Seed 003's request body: the fields in the seed's order, every value a JSON string, times as 13-digit
 * epoch milliseconds, absent optional fields left out. Built once; every attempt sends the same bytes.
 */
public final class NotificationBody {

    private NotificationBody() {}

    public static String of(OtpNotice notice) {
        JsonObjectBuilder body = JsonDocuments.json()
                .createObjectBuilder()
                .add("assetId", notice.assetId())
                .add("cardNoLast4", notice.cardNoLast4());
        optional(body, "merchantName", notice.merchantName());
        body.add("passcode", notice.passcode());
        optional(body, "cardBrand", notice.cardBrand());
        optional(body, "message", notice.message());
        notice.amount()
                .ifPresent(amount -> body.add(
                        "tradeAmount",
                        JsonDocuments.json()
                                .createObjectBuilder()
                                .add("currency", amount.currency())
                                .add("value", amount.value())));
        if (notice.challengeTime() != null) {
            body.add("challengeTime", millis(notice.challengeTime()));
        }
        body.add("challengeExpiryTime", millis(notice.challengeExpiryTime()));
        return body.build().toString();
    }

    private static void optional(JsonObjectBuilder body, String name, Optional<String> value) {
        value.filter(text -> !text.isEmpty()).ifPresent(text -> body.add(name, text));
    }

    private static String millis(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }
}
