package dev.otpserver.systemtest.wallet;

import static dev.otpserver.systemtest.support.TestData.requestId;
import static dev.otpserver.systemtest.support.TestData.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.Database;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.MailInbox;
import dev.otpserver.systemtest.support.Parallel;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.TestData;
import dev.otpserver.systemtest.support.Wallet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Per-client settings, limits and concurrency. The server under test is configured with overrides for the
 * fixed client ids used here ({@code otp.auth.client.<id>.*}, see the server modules' poms).
 */
class WalletPolicyIT extends DeployedEar {

    @RegisterExtension
    static final GreenMailExtension SMTP = MailInbox.smtp();

    private final AdminClient admin = AdminClient.admin();

    @Test
    void sendLimitPerUserAndChannelIsEnforced() {
        Partner partner = Partner.registerAs("IT_SEND_LIMIT");
        String token = admin.issueToken(admin.createUser(uniqueEmail(), null, "en"), partner.clientId());

        assertEquals(
                "SUCCESS",
                Wallet.init(partner, requestId(), "EMAIL", token).send().resultCode());
        assertEquals(
                "SUCCESS",
                Wallet.init(partner, requestId(), "EMAIL", token).send().resultCode());
        GatewayAnswer third = Wallet.init(partner, requestId(), "EMAIL", token).send();

        assertEquals("SEND_TIMES_EXCEED_LIMIT", third.resultCode(), third.toString());
    }

    @Test
    void clientOverTheTrafficLimitIsAskedToRetry() {
        Partner partner = Partner.registerAs("IT_TRAFFIC");
        List<GatewayAnswer> answers = new ArrayList<>();

        for (int i = 0; i < 8; i++) {
            answers.add(Wallet.verify(partner, requestId(), "123456").send());
        }

        List<GatewayAnswer> limited = answers.stream()
                .filter(answer -> answer.resultCode().equals("REQUEST_TRAFFIC_EXCEED_LIMIT"))
                .toList();
        assertTrue(!limited.isEmpty(), answers.toString());
        assertTrue(limited.stream().allMatch(answer -> answer.resultStatus().equals("U")));
    }

    @Test
    void expiredCodeIsUnmatchedAndCodeLengthFollowsTheClientSetting() throws Exception {
        Partner partner = Partner.registerAs("IT_SHORT_LIFE");
        String email = uniqueEmail();
        String token = admin.issueToken(admin.createUser(email, null, "en"), partner.clientId());
        String requestId = requestId();
        Wallet.init(partner, requestId, "EMAIL", token).send();
        String code = MailInbox.codeIn(MailInbox.mailsTo(SMTP, email, 1).get(0));

        Thread.sleep(3_000);
        GatewayAnswer late = Wallet.verify(partner, requestId, code).send();

        assertEquals(8, code.length());
        assertEquals("VERIFY_UNMATCHED", late.resultCode(), late.toString());
    }

    @Test
    void parallelWrongGuessesAreEachCounted() throws Exception {
        Partner partner = Partner.registerAs("IT_RACE");
        Challenge challenge = challengeFor(partner);

        List<GatewayAnswer> answers = Parallel.run(guesses(partner, challenge, 20, 0));

        assertTrue(
                answers.stream().allMatch(answer -> answer.resultCode().equals("VERIFY_UNMATCHED")),
                answers.toString());
        assertEquals(20, failedAttempts(partner, challenge), "every wrong guess counted");
    }

    @Test
    void amongParallelGuessesTheRightCodePassesOnceAndNoWrongGuessPasses() throws Exception {
        Partner partner = Partner.registerAs("IT_RACE_MIXED");
        Challenge challenge = challengeFor(partner);

        List<GatewayAnswer> answers = Parallel.run(guesses(partner, challenge, 20, 5));

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
                "after the right code, the id is consumed");
        assertEquals(
                counted, failedAttempts(partner, challenge), "each wrong guess before the right one counted exactly");
        assertTrue(
                right.stream().anyMatch(answer -> answer.resultCode().equals("SUCCESS")),
                "the first right code passes: " + right);
        assertTrue(
                right.stream()
                        .allMatch(answer -> answer.resultCode().equals("SUCCESS")
                                || answer.resultCode().equals("AUTHENTICATION_REQUEST_ID_INVALID")),
                "the others get its stored success, unless a wrong code came after it and ended it (FinishedChallengeIT): "
                        + right);
        assertEquals(
                1,
                Database.number(
                        "SELECT COUNT(*) FROM auth_challenge WHERE client_id = ? AND request_id = ?"
                                + " AND status = 'VERIFIED' AND verified_at IS NOT NULL",
                        partner.clientId(),
                        challenge.requestId()),
                "consumed once");
    }

    private record Challenge(String requestId, String code) {}

    private Challenge challengeFor(Partner partner) {
        String email = uniqueEmail();
        String token = admin.issueToken(admin.createUser(email, null, "en"), partner.clientId());
        String requestId = requestId();
        Wallet.init(partner, requestId, "EMAIL", token).send();
        return new Challenge(
                requestId, MailInbox.codeIn(MailInbox.mailsTo(SMTP, email, 1).get(0)));
    }

    private static List<Callable<GatewayAnswer>> guesses(Partner partner, Challenge challenge, int wrong, int right) {
        List<Callable<GatewayAnswer>> guesses = new ArrayList<>();
        for (int i = 0; i < wrong; i++) {
            guesses.add(() -> Wallet.verify(partner, challenge.requestId(), TestData.wrongCode(challenge.code()))
                    .send());
        }
        for (int i = 0; i < right; i++) {
            guesses.add(() -> Wallet.verify(partner, challenge.requestId(), challenge.code())
                    .send());
        }
        return guesses;
    }

    private static long failedAttempts(Partner partner, Challenge challenge) {
        return Database.number(
                "SELECT failed_attempts FROM auth_challenge WHERE client_id = ? AND request_id = ?",
                partner.clientId(),
                challenge.requestId());
    }
}
