package dev.otpserver.systemtest;

import static dev.otpserver.systemtest.WalletAuthenticationIT.requestId;
import static dev.otpserver.systemtest.WalletAuthenticationIT.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

        assertEquals("SUCCESS", Wallet.init(partner, requestId(), "EMAIL", token).send().resultCode());
        assertEquals("SUCCESS", Wallet.init(partner, requestId(), "EMAIL", token).send().resultCode());
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
                .filter(answer -> answer.resultCode().equals("REQUEST_TRAFFIC_EXCEED_LIMIT")).toList();
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
    void parallelGuessesAreCountedExactlyAndTheCodeIsConsumedOnce() throws Exception {
        Partner partner = Partner.registerAs("IT_RACE");
        String email = uniqueEmail();
        String token = admin.issueToken(admin.createUser(email, null, "en"), partner.clientId());
        String requestId = requestId();
        Wallet.init(partner, requestId, "EMAIL", token).send();
        String code = MailInbox.codeIn(MailInbox.mailsTo(SMTP, email, 1).get(0));
        List<Callable<GatewayAnswer>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            guesses.add(() -> Wallet.verify(partner, requestId, WalletAuthenticationIT.wrongCode(code)).send());
        }
        for (int i = 0; i < 5; i++) {
            guesses.add(() -> Wallet.verify(partner, requestId, code).send());
        }

        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<GatewayAnswer> answers = new ArrayList<>();
        for (Future<GatewayAnswer> answer : pool.invokeAll(guesses)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        long unmatched = answers.stream().filter(answer -> answer.resultCode().equals("VERIFY_UNMATCHED")).count();
        long rightAnswers = answers.stream().filter(answer -> answer.resultCode().equals("SUCCESS")).count();
        assertEquals(20, unmatched, answers.toString());
        assertEquals(5, rightAnswers, "the first right code passes, the other four get its stored success");
        assertEquals(20, Database.number("SELECT failed_attempts FROM auth_challenge WHERE client_id = ? AND request_id = ?",
                partner.clientId(), requestId), "every wrong guess counted");
        assertEquals(1, Database.number("SELECT COUNT(*) FROM auth_challenge WHERE client_id = ? AND request_id = ?"
                + " AND status = 'VERIFIED' AND verified_at IS NOT NULL", partner.clientId(), requestId), "consumed once");
    }
}
