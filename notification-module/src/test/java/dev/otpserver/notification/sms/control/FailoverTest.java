package dev.otpserver.notification.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.notification.delivery.control.GatewayAttempt;
import dev.otpserver.notification.delivery.control.GatewayAttempt.Outcome;
import dev.otpserver.notification.sms.control.LoopbackHttpGateway.Reply;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailoverTest {

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final CircuitBreakerTest.HandClock clock = new CircuitBreakerTest.HandClock();
    private final LoopbackHttpGateway http = newHttp();
    private LoopbackSmsc smsc;
    private Failover failover;

    @AfterEach
    void stop() throws Exception {
        if (failover != null) {
            failover.close();
        }
        if (smsc != null) {
            smsc.close();
        }
        http.close();
        executor.shutdownNow();
    }

    @Test
    void whenTheSmscIsDownTheHttpGatewayTakesTheMessageAndBothAttemptsAreReported() throws Exception {
        failover = open("smpp,http", SmppGatewayTest.closedPort());

        List<GatewayAttempt> attempts = failover.send(HttpSmsGatewayTest.sms("code 123456"));

        assertEquals(
                List.of("smpp", "http"),
                attempts.stream().map(GatewayAttempt::gateway).toList());
        assertEquals(
                List.of(Outcome.TRANSIENT, Outcome.ACCEPTED),
                attempts.stream().map(GatewayAttempt::outcome).toList());
        assertEquals("prov-1", attempts.get(1).providerMessageId());
        assertTrue(attempts.get(0).detail().contains("Cannot bind"));
        assertTrue(attempts.stream().allMatch(attempt -> "GSM7".equals(attempt.encoding()) && attempt.segments() == 1));
        http.nextRequest();
    }

    @Test
    void whenTheHttpGatewayAnswers503TheSmscTakesTheMessage() throws Exception {
        smsc = new LoopbackSmsc();
        http.otherwise(Reply.of(503, ""));
        failover = open("http,smpp", smsc.port());

        List<GatewayAttempt> attempts = failover.send(HttpSmsGatewayTest.sms("code 654321"));

        assertEquals(
                List.of(Outcome.TRANSIENT, Outcome.ACCEPTED),
                attempts.stream().map(GatewayAttempt::outcome).toList());
        assertNotNull(attempts.get(1).providerMessageId());
        assertEquals("code 654321", LoopbackSmsc.text(List.of(smsc.nextSubmit())));
    }

    @Test
    void aRefusedNumberEndsItWithoutTryingTheNextGateway() throws Exception {
        smsc = new LoopbackSmsc();
        http.otherwise(Reply.of(400, "{\"error\":\"invalid number\"}"));
        failover = open("http,smpp", smsc.port());

        List<GatewayAttempt> attempts = failover.send(HttpSmsGatewayTest.sms("code"));

        assertEquals(
                List.of(Outcome.PERMANENT),
                attempts.stream().map(GatewayAttempt::outcome).toList());
        assertTrue(smsc.submitted.isEmpty());
    }

    @Test
    void afterThreeFailuresTheCircuitSkipsTheGatewayThenLetsOneTrialThroughAfterTheCoolDown() throws Exception {
        smsc = new LoopbackSmsc();
        http.otherwise(Reply.of(503, ""));
        failover = open("http,smpp", smsc.port());
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    Outcome.TRANSIENT,
                    failover.send(HttpSmsGatewayTest.sms("m" + i)).get(0).outcome());
        }
        assertEquals(CircuitBreaker.State.OPEN, failover.circuitOf("http"));

        List<GatewayAttempt> skipped = failover.send(HttpSmsGatewayTest.sms("skipped"));
        assertEquals(
                List.of(Outcome.SKIPPED, Outcome.ACCEPTED),
                skipped.stream().map(GatewayAttempt::outcome).toList());
        assertEquals(3, http.requests.size(), "no call while open");

        clock.advance(Duration.ofSeconds(30));
        http.otherwise(Reply.of(200, "{\"id\":\"prov-back\"}"));
        List<GatewayAttempt> trial = failover.send(HttpSmsGatewayTest.sms("trial"));

        assertEquals(
                List.of(Outcome.ACCEPTED),
                trial.stream().map(GatewayAttempt::outcome).toList());
        assertEquals("prov-back", trial.get(0).providerMessageId());
        assertEquals(CircuitBreaker.State.CLOSED, failover.circuitOf("http"));
    }

    @Test
    void whenEveryCircuitIsOpenTheMessageIsLeftForTheOutboxToRetry() throws Exception {
        http.otherwise(Reply.of(503, ""));
        failover = open("http", 0);
        for (int i = 0; i < 3; i++) {
            failover.send(HttpSmsGatewayTest.sms("m" + i));
        }

        List<GatewayAttempt> attempts = failover.send(HttpSmsGatewayTest.sms("later"));

        assertEquals(
                List.of(Outcome.SKIPPED),
                attempts.stream().map(GatewayAttempt::outcome).toList());
    }

    private Failover open(String gateways, int smppPort) {
        Map<String, String> settings = new HashMap<>(SmppGatewayTest.settings(smppPort));
        settings.put("otp.notification.sms.gateways", gateways);
        settings.put("otp.notification.sms.http.url", http.url());
        settings.put("otp.notification.sms.http.message-id-field", "id");
        List<SmsGatewayProvider> providers = List.of(new HttpGatewayProvider(), new SmppTestProvider());
        return GatewaySelection.open(SettingsSource.of(settings), providers, clock);
    }

    /** The smpp provider with the test's ledger and executor instead of the server's. */
    private final class SmppTestProvider implements SmsGatewayProvider {
        @Override
        public String id() {
            return "smpp";
        }

        @Override
        public SmsGateway open(SettingsSource settings) {
            return new SmppGateway(
                    SmppSettings.from(settings),
                    new ReceiptRelay(new InMemoryLedger(), executor, 1, Duration.ZERO),
                    Executors.defaultThreadFactory(),
                    clock);
        }
    }

    private static LoopbackHttpGateway newHttp() {
        try {
            return new LoopbackHttpGateway().otherwise(Reply.of(200, "{\"id\":\"prov-1\"}"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
