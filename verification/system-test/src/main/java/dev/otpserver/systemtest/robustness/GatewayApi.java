package dev.otpserver.systemtest.robustness;

import static dev.otpserver.systemtest.robustness.Garbage.pick;
import static dev.otpserver.systemtest.robustness.Garbage.utf8;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.Wallet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * An API behind the signed gateway as the fuzz test sees it: its path, a valid body to start from, the
 * fields it requires and values outside what it allows, so that a malformed body is malformed for sure.
 */
record GatewayApi(
        String path, Function<Random, JsonObject> template, List<String> required, Map<String, List<String>> outside) {

    static final List<GatewayApi> ALL = List.of(
            new GatewayApi(
                    Wallet.INIT,
                    random -> Json.createObjectBuilder()
                            .add("authenticationType", "OTP")
                            .add("authenticationRequestId", "fuzz-" + random.nextLong())
                            .add("authenticationChannelType", "SMS")
                            .add("userIdentityType", "WALLET_TOKEN")
                            .add("userIdentityValue", "token-" + random.nextLong())
                            .build(),
                    List.of("authenticationRequestId", "authenticationChannelType", "userIdentityValue"),
                    Map.of(
                            "authenticationChannelType",
                            List.of("\"FAX\"", "\"\""),
                            "userIdentityType",
                            List.of("\"PASSPORT\""),
                            "authenticationRequestId",
                            List.of("\"" + "r".repeat(300) + "\""))),
            new GatewayApi(
                    Wallet.VERIFY,
                    random -> Json.createObjectBuilder()
                            .add("authenticationType", "OTP")
                            .add("authenticationRequestId", "fuzz-" + random.nextLong())
                            .add("authenticationValue", "123456")
                            .build(),
                    List.of("authenticationRequestId", "authenticationValue"),
                    Map.of(
                            "authenticationRequestId",
                            List.of("\"" + "r".repeat(300) + "\""),
                            "authenticationType",
                            List.of("\"PASSWORD\""))),
            new GatewayApi(
                    "/amsin/api/v1/business/worldcard/queryOtpConfig",
                    random -> JsonObject.EMPTY_JSON_OBJECT,
                    List.of(),
                    Map.of()),
            new GatewayApi(
                    "/amsin/api/v1/business/worldcard/updateOtpNotifyConfig",
                    random -> Json.createObjectBuilder()
                            .add("otpApiNotifyPreference", random.nextBoolean() ? "ON" : "OFF")
                            .build(),
                    List.of("otpApiNotifyPreference"),
                    Map.of("otpApiNotifyPreference", List.of("\"MAYBE\"", "\"\"", "\"1\""))),
            new GatewayApi(
                    CardSystem.CREATE,
                    random -> CardSystem.challenge(
                                    "IT_FUZZ_CARD_PARTNER", "+1555" + (1_000_000 + random.nextInt(8_999_999)))
                            .build(),
                    List.of("challengeRequestId", "assetId", "cardNoLast4", "cardholderPhone"),
                    Map.of(
                            "cardNoLast4",
                            List.of("\"12a4\"", "\"12345\""),
                            "cardBrand",
                            List.of("\"VISA\""),
                            "cardholderPhone",
                            List.of("\"0800 123\""))),
            new GatewayApi(
                    CardSystem.VERIFY,
                    random -> Json.createObjectBuilder()
                            .add("challengeRequestId", "3ds-" + random.nextLong())
                            .add("passcode", "123456")
                            .build(),
                    List.of("challengeRequestId", "passcode"),
                    Map.of("challengeRequestId", List.of("\"" + "r".repeat(300) + "\""))));

    JsonObject valid(Random random) {
        return template.apply(random);
    }

    /** The wallet APIs have a second spelling, the SDK's sandbox one. */
    String path(Random random) {
        return path.startsWith("/ams/api/v1/users/") && random.nextInt(4) == 0
                ? path.replace("/ams/api/", "/ams/sandbox/api/")
                : path;
    }

    /** A body this API refuses as PARAM_ILLEGAL, whatever else is right about the request. */
    byte[] malformed(Random random) {
        byte[] body = anyMalformed(random);
        // a blank body reads as {} (StrictJsonBody), which queryOtpConfig takes
        return new String(body, StandardCharsets.UTF_8).isBlank() ? utf8("null") : body;
    }

    private byte[] anyMalformed(Random random) {
        JsonObject valid = valid(random);
        return switch (random.nextInt(5)) {
            case 0 -> utf8(Garbage.wrongType(random, valid));
            case 1 ->
                required.isEmpty()
                        ? utf8(Garbage.wrongType(random, valid))
                        : utf8(without(valid, pick(random, required)));
            case 2 ->
                outside.isEmpty()
                        ? utf8(Garbage.deep(true, 2 + random.nextInt(5_000)))
                        : utf8(outsideValue(random, valid));
            default -> Garbage.notAJsonObject(random, valid.toString());
        };
    }

    private String outsideValue(Random random, JsonObject valid) {
        String key = pick(random, List.copyOf(outside.keySet()));
        return Garbage.withField(valid, key, pick(random, outside.get(key)));
    }

    private static String without(JsonObject valid, String key) {
        return Json.createObjectBuilder(valid).remove(key).build().toString();
    }
}
