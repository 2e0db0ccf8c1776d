package dev.otpserver.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** An internal card system, a registered client of its own, calling the 3DS challenge API. */
public record CardSystem(Partner client) {

    public static final String CREATE = "/ams/api/v1/threeds/createChallenge";
    public static final String VERIFY = "/ams/api/v1/threeds/verifyChallenge";

    public static CardSystem register() {
        return new CardSystem(Partner.register());
    }

    /** Under a fixed client id, for the per-client settings of server-under-test.properties; one test each. */
    public static CardSystem registerAs(String clientId) {
        return new CardSystem(Partner.registerAs(clientId));
    }

    /** A complete createChallenge body for a card of {@code partnerClientId}, under a fresh request id. */
    public static JsonObjectBuilder challenge(String partnerClientId, String cardholderPhone) {
        return Json.createObjectBuilder()
                .add("challengeRequestId", "3ds-" + UUID.randomUUID())
                .add("partnerClientId", partnerClientId)
                .add("assetId", "ASSET-" + UUID.randomUUID().toString().substring(0, 8))
                .add("cardNoLast4", "4242")
                .add("cardBrand", "MASTERCARD")
                .add("merchantName", "Demo Shop")
                .add(
                        "tradeAmount",
                        Json.createObjectBuilder().add("currency", "USD").add("value", "1000"))
                .add("cardholderPhone", cardholderPhone)
                .add("locale", "en");
    }

    public GatewayAnswer create(JsonObjectBuilder body) {
        return client.post(CREATE, body.build().toString()).send();
    }

    public GatewayAnswer verify(String challengeRequestId, String passcode) {
        return client.post(
                        VERIFY,
                        Json.createObjectBuilder()
                                .add("challengeRequestId", challengeRequestId)
                                .add("passcode", passcode)
                                .build()
                                .toString())
                .send();
    }

    /** A passcode of a new challenge for a card of {@code partnerClientId}, texted to {@code phone}. */
    public Passcode passcodeTo(String partnerClientId, String phone) {
        JsonObject body = challenge(partnerClientId, phone).build();
        String passcode = SmsSink.codeOfNextText(phone, () -> {
            GatewayAnswer created = create(Json.createObjectBuilder(body));
            if (!"SUCCESS".equals(created.resultCode())) {
                throw new AssertionError("createChallenge failed: " + created);
            }
        });
        return new Passcode(body.getString("challengeRequestId"), passcode);
    }

    /** A challenge's request id and the passcode it texted. */
    public record Passcode(String requestId, String passcode) {}

    /** A phone number no other test uses. */
    public static String freshPhone() {
        return "+1555" + String.format("%07d", (long) (Math.random() * 10_000_000));
    }
}
