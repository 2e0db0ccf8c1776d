package dev.otpserver.systemtest.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PublishedServerKeys;
import dev.otpserver.systemtest.support.WebhookReceiver;
import dev.otpserver.systemtest.support.WebhookReceiver.Behaviour;
import dev.otpserver.systemtest.support.WebhookReceiver.Delivery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 3DS OTP notifications pushed to a partner whose preference is ON (seed 003), against webhooks on loopback.
 * The server under test runs the retry schedule with time scale 0.001: offsets 0, 0.12, 0.72, 1.32, 4.92,
 * 12.12, 33.72 and 87.72 s.
 */
class PartnerNotificationIT extends DeployedEar {

    /** The scaled offsets in milliseconds, and how late the one-second pulse (plus a send) may make each. */
    private static final long[] OFFSETS_MS = {0, 120, 720, 1_320, 4_920, 12_120, 33_720, 87_720};

    private static final long EARLY_MS = 300;
    private static final long LATE_MS = 2_500;

    private final CardSystem cards = CardSystem.register();
    private final AdminClient admin = AdminClient.admin();

    @Test
    void partnerReceivesASignedNotificationExactlyPerSeed003AndThePasscodeVerifies() throws IOException {
        Partner partner = Partner.register();
        try (WebhookReceiver webhook = new WebhookReceiver(partner, Behaviour.ACK)) {
            partner.notifiedAt(webhook.url()).preferenceOn();
            JsonObject request = CardSystem.challenge(partner.clientId(), CardSystem.freshPhone())
                    .build();

            GatewayAnswer created = cards.create(Json.createObjectBuilder(request));
            Delivery delivery = webhook.await(1, Duration.ofSeconds(10)).get(0);
            JsonObject body =
                    Json.createReader(new StringReader(delivery.body())).readObject();
            String passcode = body.getString("passcode");

            assertAll(
                    delivery.toString(),
                    () -> assertEquals("PARTNER", created.body().getString("passcodeDelivery"), created.toString()),
                    () -> assertEquals(partner.clientId(), delivery.header("Client-Id")),
                    () -> assertEquals("application/json; charset=UTF-8", delivery.header("Content-Type")),
                    () -> OffsetDateTime.parse(delivery.header("Request-Time")),
                    () -> assertTrue(signedByServer(webhook.path(), delivery), "signature over the partner's path"),
                    () -> assertEquals(
                            List.of(
                                    "assetId",
                                    "cardNoLast4",
                                    "merchantName",
                                    "passcode",
                                    "cardBrand",
                                    "tradeAmount",
                                    "challengeTime",
                                    "challengeExpiryTime"),
                            List.copyOf(body.keySet())),
                    () -> assertAllStrings(body),
                    () -> assertEquals(request.getString("assetId"), body.getString("assetId")),
                    () -> assertEquals("4242", body.getString("cardNoLast4")),
                    () -> assertEquals("Demo Shop", body.getString("merchantName")),
                    () -> assertEquals("MASTERCARD", body.getString("cardBrand")),
                    () -> assertEquals(
                            "{\"currency\":\"USD\",\"value\":\"1000\"}",
                            body.getJsonObject("tradeAmount").toString()),
                    () -> assertTrue(passcode.matches("\\d{6}")),
                    () -> assertTrue(body.getString("challengeTime").matches("\\d{13}")),
                    () -> assertEquals(
                            created.body().getString("challengeExpiryTime"), body.getString("challengeExpiryTime")),
                    () -> assertEquals(
                            300_000,
                            Long.parseLong(body.getString("challengeExpiryTime"))
                                    - Long.parseLong(body.getString("challengeTime"))));

            String id = delivery.header("Notification-Id");
            assertEquals("ACKED", awaitStatus(id, "ACKED").getString("status"));
            assertEquals(false, notification(id).getBoolean("passcodeKept"), "scrubbed once acknowledged");
            pause(Duration.ofSeconds(3));
            assertEquals(1, webhook.deliveries().size(), "an acknowledged notification is not sent again");
            GatewayAnswer verified = cards.verify(request.getString("challengeRequestId"), passcode);
            assertEquals("SUCCESS", verified.resultCode(), verified.toString());
        }
    }

    @Test
    void neverAcknowledgedMeansEightDeliveriesAtThePublishedOffsetsThenADeadLetterAnAdminReplays() {
        Partner partner = Partner.register();
        try (WebhookReceiver webhook = new WebhookReceiver(partner, Behaviour.UNKNOWN)) {
            partner.notifiedAt(webhook.url()).preferenceOn();
            cards.create(CardSystem.challenge(partner.clientId(), CardSystem.freshPhone()));

            List<Delivery> deliveries = webhook.await(8, Duration.ofSeconds(120));
            pause(Duration.ofSeconds(4));
            String id = deliveries.get(0).header("Notification-Id");

            assertEquals(8, webhook.deliveries().size(), "exactly 8 deliveries");
            assertAtPublishedOffsets(deliveries, notification(id));
            assertEquals(
                    8, distinct(deliveries, delivery -> delivery.header("Request-Time")), "a fresh Request-Time each");
            assertEquals(
                    1, distinct(deliveries, delivery -> delivery.header("Notification-Id")), "one notification id");
            assertEquals(1, distinct(deliveries, Delivery::body), "the same body each time");
            assertTrue(deliveries.stream().allMatch(delivery -> signedByServer(webhook.path(), delivery)));
            JsonObject dead = awaitStatus(id, "DEAD");
            assertEquals(8, dead.getJsonArray("attempts").size());
            assertTrue(admin.send("GET", "/admin/partner-notifications?status=DEAD", null)
                    .body()
                    .contains(id));

            webhook.answer(Behaviour.ACK);
            AdminClient.Answer withABody =
                    admin.send("POST", "/admin/partner-notifications/" + id + "/replay", "{\"at\":\"now\"}");
            assertEquals(400, withABody.status(), "a replay takes no form: " + withABody);
            assertEquals("DEAD", notification(id).getString("status"), "a refused replay sends nothing");
            AdminClient.Answer replayed = admin.send("POST", "/admin/partner-notifications/" + id + "/replay", null);
            assertEquals(200, replayed.status(), replayed.toString());
            assertEquals(9, webhook.await(9, Duration.ofSeconds(10)).size());
            assertEquals(id, webhook.deliveries().get(8).header("Notification-Id"));
            assertEquals("ACKED", awaitStatus(id, "ACKED").getString("status"));
            assertEquals(
                    409,
                    admin.send("POST", "/admin/partner-notifications/" + id + "/replay", null)
                            .status());
        }
    }

    @Test
    void signedRefusalStopsAfterOneDeliveryForManualAction() {
        Partner partner = Partner.register();
        try (WebhookReceiver webhook = new WebhookReceiver(partner, Behaviour.REFUSE)) {
            partner.notifiedAt(webhook.url()).preferenceOn();
            cards.create(CardSystem.challenge(partner.clientId(), CardSystem.freshPhone()));

            String id = webhook.await(1, Duration.ofSeconds(10)).get(0).header("Notification-Id");
            JsonObject settled = awaitStatus(id, "MANUAL_ACTION");
            pause(Duration.ofSeconds(4));

            assertEquals(1, webhook.deliveries().size());
            assertEquals("MANUAL_ACTION", settled.getString("status"));
            assertEquals(false, settled.getBoolean("passcodeKept"));
        }
    }

    @Test
    void unsignedAcknowledgementIsRetried() {
        Partner partner = Partner.register();
        try (WebhookReceiver webhook = new WebhookReceiver(partner, Behaviour.UNSIGNED)) {
            partner.notifiedAt(webhook.url()).preferenceOn();
            cards.create(CardSystem.challenge(partner.clientId(), CardSystem.freshPhone()));

            List<Delivery> deliveries = webhook.await(3, Duration.ofSeconds(10));

            assertEquals(3, deliveries.size(), "retried on the schedule");
            assertEquals(1, distinct(deliveries, delivery -> delivery.header("Notification-Id")));
        }
    }

    @Test
    void hangingReceiverIsRetriedAndDelaysNoOtherPartner() {
        Partner slow = Partner.register();
        Partner quick = Partner.register();
        try (WebhookReceiver hanging = new WebhookReceiver(slow, Behaviour.HANG);
                WebhookReceiver answering = new WebhookReceiver(quick, Behaviour.ACK)) {
            slow.notifiedAt(hanging.url()).preferenceOn();
            quick.notifiedAt(answering.url()).preferenceOn();
            cards.create(CardSystem.challenge(slow.clientId(), CardSystem.freshPhone()));
            hanging.await(1, Duration.ofSeconds(10));

            cards.create(CardSystem.challenge(quick.clientId(), CardSystem.freshPhone()));
            List<Delivery> quickOnes = answering.await(1, Duration.ofSeconds(4));
            assertEquals(1, quickOnes.size(), "the other partner's notification went out while the first one hung");

            List<Delivery> slowOnes = hanging.await(2, Duration.ofSeconds(30));
            assertEquals(2, slowOnes.size(), "retried after the read timeout");
            long gap = Duration.between(
                            slowOnes.get(0).receivedAt(), slowOnes.get(1).receivedAt())
                    .toMillis();
            assertTrue(gap >= 9_500, "the second attempt comes only after the 10 s read timeout, not " + gap + " ms");
            JsonObject first = notification(slowOnes.get(0).header("Notification-Id"))
                    .getJsonArray("attempts")
                    .getJsonObject(0);
            assertEquals("RETRY", first.getString("outcome"));
            assertTrue(first.getJsonNumber("latencyMs").longValue() >= 9_500, first.toString());
        }
    }

    @Test
    void resetConnectionsAreRetriedOnScheduleDelayNoOtherPartnerAndTheRecoveredReceiverGetsItOnce() {
        Partner crashing = Partner.register();
        Partner quick = Partner.register();
        try (WebhookReceiver resetting = new WebhookReceiver(crashing, Behaviour.RESET);
                WebhookReceiver answering = new WebhookReceiver(quick, Behaviour.ACK)) {
            crashing.notifiedAt(resetting.url()).preferenceOn();
            quick.notifiedAt(answering.url()).preferenceOn();
            cards.create(CardSystem.challenge(crashing.clientId(), CardSystem.freshPhone()));
            resetting.await(1, Duration.ofSeconds(10));

            cards.create(CardSystem.challenge(quick.clientId(), CardSystem.freshPhone()));
            assertEquals(
                    1,
                    answering.await(1, Duration.ofSeconds(3)).size(),
                    "the other partner's notification went out at once");

            assertEquals(
                    5,
                    resetting.await(5, Duration.ofSeconds(15)).size(),
                    "attempts at 0, 0.12, 0.72, 1.32 and 4.92 s all reset");
            resetting.answer(Behaviour.ACK);
            List<Delivery> deliveries = resetting.await(6, Duration.ofSeconds(15));
            String id = deliveries.get(0).header("Notification-Id");
            JsonObject acked = awaitStatus(id, "ACKED");
            pause(Duration.ofSeconds(3));

            assertEquals(6, resetting.deliveries().size(), "delivered once to the recovered receiver, and no more");
            assertAtPublishedOffsets(deliveries, acked);
            assertEquals(
                    1, distinct(deliveries, delivery -> delivery.header("Notification-Id")), "one notification id");
            assertEquals(1, distinct(deliveries, Delivery::body), "the same body each time");
            assertEquals("ACKED", acked.getString("status"), acked.toString());
            List<String> outcomes = acked.getJsonArray("attempts").getValuesAs(JsonObject.class).stream()
                    .map(attempt -> attempt.getString("outcome"))
                    .toList();
            assertEquals(
                    List.of("RETRY", "RETRY", "RETRY", "RETRY", "RETRY"), outcomes.subList(0, 5), acked.toString());
            assertEquals(6, outcomes.size(), acked.toString());
        }
    }

    /**
     * Each delivery received at its offset from the schedule's start, the first attempt's start as the server
     * records it (server and receiver share this machine's clock): measured from the first delivery's receipt
     * instead, a first attempt slow to arrive would make the later ones look early.
     */
    private static void assertAtPublishedOffsets(List<Delivery> deliveries, JsonObject notification) {
        long start = Instant.parse(notification.getString("scheduleStart")).toEpochMilli();
        for (int i = 0; i < Math.min(OFFSETS_MS.length, deliveries.size()); i++) {
            long actual = deliveries.get(i).receivedAt().toEpochMilli() - start;
            int attempt = i + 1;
            assertTrue(
                    actual >= OFFSETS_MS[i] - EARLY_MS && actual <= OFFSETS_MS[i] + LATE_MS,
                    "delivery " + attempt + " at +" + actual + " ms, expected +" + OFFSETS_MS[i] + " ms");
        }
    }

    private JsonObject notification(String id) {
        AdminClient.Answer answer = admin.send("GET", "/admin/partner-notifications/" + id, null);
        assertEquals(200, answer.status(), answer.toString());
        return answer.json();
    }

    private JsonObject awaitStatus(String id, String status) {
        JsonObject view = notification(id);
        for (int i = 0; i < 50 && !status.equals(view.getString("status")); i++) {
            pause(Duration.ofMillis(100));
            view = notification(id);
        }
        return view;
    }

    private static boolean signedByServer(String path, Delivery delivery) {
        SignatureHeader signature =
                SignatureHeader.parse(delivery.header("Signature")).orElseThrow();
        byte[] signed = SigningString.of(
                "POST",
                path,
                delivery.header("Client-Id"),
                delivery.header("Request-Time"),
                delivery.body().getBytes(StandardCharsets.UTF_8));
        // by the keyVersion it names, as a partner does: the key file's, or one rotated since (SecretRotationIT)
        PublicKey key = PublishedServerKeys.of(signature.keyVersion().orElse(1)).orElseThrow();
        return RsaSignatures.verify(key, signed, signature.base64Signature());
    }

    private static void assertAllStrings(JsonObject object) {
        object.values().forEach(value -> {
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                assertAllStrings(value.asJsonObject());
            } else {
                assertTrue(value instanceof JsonString, "every value a JSON string: " + object);
            }
        });
    }

    private static long distinct(List<Delivery> deliveries, java.util.function.Function<Delivery, String> part) {
        Set<String> values = deliveries.stream().map(part).collect(Collectors.toSet());
        return values.size();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
