package dev.otpserver.systemtest.threeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.Database;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Parallel;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.SmsSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Concurrent verifyChallenge calls on one 3DS passcode: every wrong one is counted, and the right one is
 * consumed once. The card systems' fixed ids allow 100 wrong passcodes (server-under-test.properties), so
 * that 20 never lock the challenge.
 */
class ThreeDsRaceIT extends DeployedEar {

    private final Partner cardPartner = Partner.register();

    @Test
    void parallelWrongPasscodesAreEachCounted() throws Exception {
        CardSystem cards = CardSystem.registerAs("IT_3DS_RACE");
        Challenge challenge = challenge(cards);

        List<GatewayAnswer> answers = Parallel.run(guesses(cards, challenge, 20, 0));

        assertTrue(
                answers.stream().allMatch(answer -> answer.resultCode().equals("VERIFY_UNMATCHED")),
                answers.toString());
        assertEquals(20, failedAttempts(cards, challenge), "every wrong passcode counted");
    }

    @Test
    void amongParallelGuessesTheRightPasscodePassesOnceAndNoWrongOnePasses() throws Exception {
        CardSystem cards = CardSystem.registerAs("IT_3DS_RACE_MIXED");
        Challenge challenge = challenge(cards);

        List<GatewayAnswer> answers = Parallel.run(guesses(cards, challenge, 20, 5));

        List<GatewayAnswer> wrong = answers.subList(0, 20);
        List<GatewayAnswer> right = answers.subList(20, 25);
        long counted = wrong.stream()
                .filter(answer -> answer.resultCode().equals("VERIFY_UNMATCHED"))
                .count();
        assertTrue(wrong.stream().noneMatch(answer -> answer.resultStatus().equals("S")), wrong.toString());
        assertTrue(
                wrong.stream()
                        .allMatch(answer -> answer.resultCode().equals("VERIFY_UNMATCHED")
                                || answer.resultCode().equals("AUTHENTICATION_REQUEST_ID_INVALID")),
                "after the right passcode, the id is consumed: " + wrong);
        assertEquals(
                counted, failedAttempts(cards, challenge), "each wrong passcode before the right one counted exactly");
        assertTrue(
                right.stream().anyMatch(answer -> answer.resultCode().equals("SUCCESS")),
                "the first right passcode passes: " + right);
        assertTrue(
                right.stream()
                        .allMatch(answer -> answer.resultCode().equals("SUCCESS")
                                || answer.resultCode().equals("AUTHENTICATION_REQUEST_ID_INVALID")),
                "the others get its stored success, unless a wrong passcode came after it and ended it (FinishedChallengeIT): "
                        + right);
        assertEquals(1, verifiedOnce(cards, challenge), "consumed once");
    }

    @Test
    void parallelRightPasscodesConsumeTheChallengeOnce() throws Exception {
        CardSystem cards = CardSystem.register();
        Challenge challenge = challenge(cards);

        List<GatewayAnswer> answers = Parallel.run(guesses(cards, challenge, 0, 10));

        assertTrue(
                answers.stream()
                        .allMatch(answer -> answer.resultCode().equals("SUCCESS")
                                && answer.body().getString("isPassed").equals("true")),
                answers.toString());
        assertEquals(1, verifiedOnce(cards, challenge), "consumed once");
        assertEquals(0, failedAttempts(cards, challenge));
        GatewayAnswer later = cards.verify(challenge.requestId(), wrong(challenge.passcode()));
        assertEquals(
                "AUTHENTICATION_REQUEST_ID_INVALID",
                later.resultCode(),
                "a used passcode takes no other value: " + later);
    }

    private record Challenge(String requestId, String passcode) {}

    private Challenge challenge(CardSystem cards) {
        String phone = CardSystem.freshPhone();
        jakarta.json.JsonObject body =
                CardSystem.challenge(cardPartner.clientId(), phone).build();
        GatewayAnswer created = cards.create(jakarta.json.Json.createObjectBuilder(body));
        assertEquals("SUCCESS", created.resultCode(), created.toString());
        return new Challenge(
                body.getString("challengeRequestId"),
                SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0)));
    }

    private static List<Callable<GatewayAnswer>> guesses(CardSystem cards, Challenge challenge, int wrong, int right) {
        List<Callable<GatewayAnswer>> guesses = new ArrayList<>();
        for (int i = 0; i < wrong; i++) {
            guesses.add(() -> cards.verify(challenge.requestId(), wrong(challenge.passcode())));
        }
        for (int i = 0; i < right; i++) {
            guesses.add(() -> cards.verify(challenge.requestId(), challenge.passcode()));
        }
        return guesses;
    }

    private static String wrong(String passcode) {
        return passcode.equals("000000") ? "111111" : "000000";
    }

    private static long failedAttempts(CardSystem cards, Challenge challenge) {
        return Database.number(
                "SELECT failed_attempts FROM auth_threeds_challenge WHERE client_id = ? AND request_id = ?",
                cards.client().clientId(),
                challenge.requestId());
    }

    private static long verifiedOnce(CardSystem cards, Challenge challenge) {
        return Database.number(
                "SELECT COUNT(*) FROM auth_threeds_challenge WHERE client_id = ? AND request_id = ?"
                        + " AND status = 'VERIFIED' AND verified_at IS NOT NULL",
                cards.client().clientId(),
                challenge.requestId());
    }
}
