package dev.otpserver.systemtest.threeds;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.SmsSink;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 3DS challenge API with the partner's preference OFF (the default): the cardholder gets the passcode
 * by SMS, and verifyChallenge checks it once, with the attempt limit; createChallenge is idempotent.
 */
class ThreeDsChallengeIT extends DeployedEar {

    private final Partner cardPartner = Partner.register();
    private final CardSystem cards = CardSystem.register();

    @Test
    void cardholderGetsThePasscodeBySmsAndItVerifiesOnce() {
        String phone = CardSystem.freshPhone();
        JsonObject body = CardSystem.challenge(cardPartner.clientId(), phone).build();
        String requestId = body.getString("challengeRequestId");

        GatewayAnswer created = cards.create(builder(body));
        List<String> texts = SmsSink.textsTo(phone, 1);
        String passcode = SmsSink.codeIn(texts.get(0));
        GatewayAnswer verified = cards.verify(requestId, passcode);
        GatewayAnswer again = cards.verify(requestId, passcode);
        GatewayAnswer otherValue = cards.verify(requestId, passcode.equals("000000") ? "111111" : "000000");

        assertAll(
                created.toString(),
                () -> assertEquals("SUCCESS", created.resultCode()),
                () -> assertTrue(created.signedByServer()),
                () -> assertEquals("SMS", created.body().getString("passcodeDelivery")),
                () -> assertEquals(
                        13, created.body().getString("challengeExpiryTime").length()),
                () -> assertTrue(texts.get(0).startsWith("Demo Shop: your card payment passcode is "), texts.get(0)),
                () -> assertEquals("SUCCESS", verified.resultCode(), verified.toString()),
                () -> assertEquals("true", verified.body().getString("isPassed")),
                () -> assertEquals("SUCCESS", again.resultCode()),
                () -> assertEquals("AUTHENTICATION_REQUEST_ID_INVALID", otherValue.resultCode()));
    }

    @Test
    void sameRequestAgainGetsTheSameAnswerAndNoSecondSms() {
        String phone = CardSystem.freshPhone();
        JsonObject body = CardSystem.challenge(cardPartner.clientId(), phone).build();

        GatewayAnswer first = cards.create(builder(body));
        GatewayAnswer repeat = cards.create(builder(body));
        GatewayAnswer changed = cards.create(builder(body).add("cardNoLast4", "9999"));

        assertEquals("SUCCESS", repeat.resultCode(), repeat.toString());
        assertEquals(
                first.body().getString("challengeExpiryTime"), repeat.body().getString("challengeExpiryTime"));
        assertEquals("REPEAT_REQ_INCONSISTENT", changed.resultCode(), changed.toString());
        assertEquals(1, SmsSink.textsTo(phone, 2).size());
    }

    @Test
    void wrongPasscodesAreCountedUntilEvenTheRightOneFails() {
        String phone = CardSystem.freshPhone();
        JsonObject body = CardSystem.challenge(cardPartner.clientId(), phone).build();
        String requestId = body.getString("challengeRequestId");
        cards.create(builder(body));
        String passcode = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));
        String wrong = passcode.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            GatewayAnswer miss = cards.verify(requestId, wrong);
            assertEquals("VERIFY_UNMATCHED", miss.resultCode(), miss.toString());
            assertEquals("false", miss.body().getString("isPassed"));
        }
        assertEquals(
                "VERIFY_TIMES_EXCEED_LIMIT", cards.verify(requestId, passcode).resultCode());
    }

    @Test
    void unknownRequestIdOrAnotherCallersIsInvalid() {
        String phone = CardSystem.freshPhone();
        JsonObject body = CardSystem.challenge(cardPartner.clientId(), phone).build();
        cards.create(builder(body));
        String passcode = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));

        assertEquals(
                "AUTHENTICATION_REQUEST_ID_INVALID",
                cards.verify("no-such-request", "123456").resultCode());
        assertEquals(
                "AUTHENTICATION_REQUEST_ID_INVALID",
                CardSystem.register()
                        .verify(body.getString("challengeRequestId"), passcode)
                        .resultCode());
    }

    @Test
    void malformedRequestsAreIllegalAndSendNothing() {
        String phone = CardSystem.freshPhone();
        assertAll(
                () -> assertIllegal(
                        CardSystem.challenge(cardPartner.clientId(), phone).add("cardNoLast4", "12a4")),
                () -> assertIllegal(
                        CardSystem.challenge(cardPartner.clientId(), phone).add("cardNoLast4", "12345")),
                () -> assertIllegal(
                        CardSystem.challenge(cardPartner.clientId(), phone).add("cardBrand", "VISA")),
                () -> assertIllegal(
                        CardSystem.challenge(cardPartner.clientId(), phone).remove("assetId")),
                () -> assertIllegal(
                        CardSystem.challenge(cardPartner.clientId(), phone).add("tradeAmount", "10 USD")),
                () -> assertIllegal(
                        CardSystem.challenge(cardPartner.clientId(), phone).add("cardholderPhone", "0800 123")),
                () -> assertIllegal(
                        CardSystem.challenge(cardPartner.clientId(), phone).remove("cardholderPhone")));
        assertEquals(0, SmsSink.textsTo(phone, 1).size());
    }

    private void assertIllegal(JsonObjectBuilder body) {
        GatewayAnswer answer = cards.create(body);
        assertEquals("PARAM_ILLEGAL", answer.resultCode(), answer.toString());
    }

    private static JsonObjectBuilder builder(JsonObject body) {
        return jakarta.json.Json.createObjectBuilder(body);
    }
}
