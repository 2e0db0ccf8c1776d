package dev.otpserver.systemtest.admin;

import static dev.otpserver.systemtest.support.TestData.requestId;
import static dev.otpserver.systemtest.support.TestData.uniquePhone;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.AdminClient.Answer;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.SmsSink;
import dev.otpserver.systemtest.support.Wallet;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Delivery status through the admin API: every gateway attempt recorded, the destination masked, never the
 * code. Without an SMSC listening, the server's SMS route {@code smpp,sink} fails over to the sink.
 */
class MessageAdminIT extends DeployedEar {

    private final AdminClient admin = AdminClient.admin();

    @Test
    void sentMessageShowsEveryGatewayAttemptWithoutItsCode() {
        Partner partner = Partner.register();
        String phone = uniquePhone();
        String token = admin.issueToken(admin.createUser(null, phone, "en"), partner.clientId());
        Wallet.init(partner, requestId(), "SMS", token).send();
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));

        JsonArray latest = array(admin.send("GET", "/admin/messages?clientId=" + partner.clientId(), null));
        Answer one =
                admin.send("GET", "/admin/messages/" + latest.getJsonObject(0).getString("messageId"), null);
        JsonObject message = one.json();
        JsonArray history = message.getJsonArray("history");
        JsonObject last = history.getJsonObject(history.size() - 1);

        assertAll(
                one.body(),
                () -> assertEquals(1, latest.size()),
                () -> assertEquals("SENT", message.getString("status")),
                () -> assertEquals("SMS", message.getString("channel")),
                () -> assertEquals(
                        phone.substring(0, 3) + "******" + phone.substring(phone.length() - 3),
                        message.getString("destination")),
                () -> assertEquals("sink", last.getString("gateway")),
                () -> assertEquals("SENT", last.getString("outcome")),
                () -> assertTrue(history.stream()
                        .limit(history.size() - 1)
                        .map(JsonObject.class::cast)
                        .allMatch(attempt -> attempt.getString("gateway").equals("smpp")
                                && List.of("FAILOVER", "SKIPPED").contains(attempt.getString("outcome")))),
                () -> assertFalse(one.body().contains(code), "no code in the admin API"),
                () -> assertFalse(one.body().contains(phone), "destination masked"));
    }

    @Test
    void countsByStatusAreShown() {
        Answer counts = admin.send("GET", "/admin/messages/counts", null);

        assertEquals(200, counts.status(), counts.body());
        assertTrue(counts.body().startsWith("{"), counts.body());
    }

    @Test
    void unknownMessageIsNotFoundAndWrongStatusIsRefused() {
        assertEquals(
                404, admin.send("GET", "/admin/messages/no-such-message", null).status());
        assertEquals(400, admin.send("GET", "/admin/messages?status=LOST", null).status());
        assertEquals(
                403,
                AdminClient.withoutRole()
                        .send("GET", "/admin/messages/counts", null)
                        .status());
    }

    private static JsonArray array(Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.jsonArray();
    }
}
