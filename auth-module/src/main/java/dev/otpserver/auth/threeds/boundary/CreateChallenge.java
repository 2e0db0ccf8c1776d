package dev.otpserver.auth.threeds.boundary;

import static dev.otpserver.common.result.ResultCode.PARAM_ILLEGAL;

import dev.otpserver.common.gateway.BodyFields;
import dev.otpserver.common.otpnotify.OtpNotice.Amount;
import dev.otpserver.common.result.GatewayException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.regex.Pattern;

/** The body of createChallenge, checked field by field; every value a JSON string. */
public record CreateChallenge(
        String challengeRequestId,
        String partnerClientId,
        Optional<String> connectedCustomerId,
        String assetId,
        String cardNoLast4,
        Optional<String> cardBrand,
        Optional<String> merchantName,
        Optional<Amount> tradeAmount,
        Optional<String> message,
        Optional<String> cardholderPhone,
        Optional<String> locale) {

    enum CardBrand {
        MASTERCARD
    }

    private static final Pattern LAST4 = Pattern.compile("\\d{4}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern MINOR_UNITS = Pattern.compile("\\d{1,18}");

    public static CreateChallenge from(JsonObject body) {
        BodyFields fields = BodyFields.of(body);
        String requestId = fields.required("challengeRequestId", 64);
        String partner = fields.required("partnerClientId", 64);
        Optional<String> customer = fields.optional("connectedCustomerId", 64);
        String assetId = fields.required("assetId", 64);
        String last4 = matching(fields.required("cardNoLast4", 4), LAST4, "cardNoLast4 must be exactly 4 digits.");
        Optional<String> brand = fields.optional("cardBrand", 16)
                .map(text ->
                        fields.requiredEnum("cardBrand", 16, CardBrand.class).name());
        return new CreateChallenge(
                requestId,
                partner,
                customer,
                assetId,
                last4,
                brand,
                fields.optional("merchantName", 128),
                amount(body.get("tradeAmount")),
                fields.optional("message", 256),
                fields.optional("cardholderPhone", 16),
                fields.optional("locale", 35));
    }

    /** Everything the answer depends on, for the idempotency check. */
    public String[] fingerprintParts() {
        return new String[] {
            "threeds",
            challengeRequestId,
            partnerClientId,
            connectedCustomerId.orElse(""),
            assetId,
            cardNoLast4,
            cardBrand.orElse(""),
            merchantName.orElse(""),
            tradeAmount.map(a -> a.currency() + " " + a.value()).orElse(""),
            message.orElse(""),
            cardholderPhone.orElse(""),
            locale.orElse("")
        };
    }

    private static Optional<Amount> amount(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new GatewayException(PARAM_ILLEGAL, "tradeAmount must be an object {currency, value}.");
        }
        BodyFields amount = BodyFields.of(value.asJsonObject());
        String currency =
                matching(amount.required("currency", 3), CURRENCY, "tradeAmount.currency must be an ISO-4217 code.");
        String minor = matching(
                amount.required("value", 18), MINOR_UNITS, "tradeAmount.value must be minor units, digits only.");
        return Optional.of(new Amount(currency, minor));
    }

    private static String matching(String text, Pattern pattern, String complaint) {
        if (!pattern.matcher(text).matches()) {
            throw new GatewayException(PARAM_ILLEGAL, complaint);
        }
        return text;
    }

    @Override
    public String toString() {
        return "CreateChallenge[" + challengeRequestId + " for partner " + partnerClientId + "]";
    }
}
