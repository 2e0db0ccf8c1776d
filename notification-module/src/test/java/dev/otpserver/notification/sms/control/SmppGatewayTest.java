package dev.otpserver.notification.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.notification.delivery.control.DeliveryFailure;
import dev.otpserver.notification.delivery.entity.MessageStatus;
import dev.otpserver.notification.delivery.entity.QueuedMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmppGatewayTest {

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final InMemoryLedger ledger = new InMemoryLedger();
    private LoopbackSmsc smsc;
    private SmppGateway gateway;

    @AfterEach
    void stop() throws IOException {
        if (gateway != null) {
            gateway.close();
        }
        if (smsc != null) {
            smsc.close();
        }
        executor.shutdownNow();
    }

    @Test
    void bindsAsTransceiverAndSendsGsm7TextWithDataCodingZeroAskingForAReceipt() throws Exception {
        smsc = new LoopbackSmsc();
        gateway = gateway(smsc.port());

        String providerId = gateway.send(HttpSmsGatewayTest.sms("Demo Shop: your code is 123456. {ok} €"));

        SubmitSm submit = smsc.nextSubmit();
        assertNotNull(providerId);
        assertEquals(List.of(BindType.BIND_TRX), smsc.binds);
        assertEquals(0x00, submit.getDataCoding());
        assertFalse(submit.isUdhi());
        assertEquals("15550100001", submit.getDestAddress());
        assertEquals("OTP", submit.getSourceAddr());
        assertEquals(1, submit.getRegisteredDelivery());
        assertEquals("Demo Shop: your code is 123456. {ok} €", LoopbackSmsc.text(List.of(submit)));
    }

    @Test
    void sendsUcs2WithDataCodingEightWhenTheTextNeedsIt() throws Exception {
        smsc = new LoopbackSmsc();
        gateway = gateway(smsc.port());

        gateway.send(HttpSmsGatewayTest.sms("Ваш код 123456"));

        SubmitSm submit = smsc.nextSubmit();
        assertEquals(0x08, submit.getDataCoding());
        assertEquals("Ваш код 123456", LoopbackSmsc.text(List.of(submit)));
    }

    @Test
    void aLongTextGoesAsConcatenatedPartsThatThePeerReassembles() throws Exception {
        smsc = new LoopbackSmsc();
        gateway = gateway(smsc.port());
        String gsm = "Part of a long GSM message [with extension chars] ".repeat(8);
        String ucs = "Длинное сообщение на русском языке, ".repeat(6);

        gateway.send(HttpSmsGatewayTest.sms(gsm));
        List<SubmitSm> gsmParts = smsc.nextSubmits(SmsText.of(gsm).segments());
        gateway.send(HttpSmsGatewayTest.sms(ucs));
        List<SubmitSm> ucsParts = smsc.nextSubmits(SmsText.of(ucs).segments());

        assertEquals(3, gsmParts.size());
        assertEquals(4, ucsParts.size());
        assertTrue(gsmParts.stream().allMatch(SubmitSm::isUdhi));
        assertTrue(gsmParts.stream().allMatch(part -> part.getShortMessage().length <= 6 + 153));
        assertTrue(ucsParts.stream().allMatch(part -> part.getShortMessage().length <= 6 + 134));
        assertTrue(
                gsmParts.get(0).getShortMessage()[3] != ucsParts.get(0).getShortMessage()[3],
                "a new reference per message");
        assertEquals(gsm, LoopbackSmsc.text(gsmParts));
        assertEquals(ucs, LoopbackSmsc.text(ucsParts));
    }

    @Test
    void aDeliveryReceiptMarksTheMessageDelivered() throws Exception {
        smsc = new LoopbackSmsc();
        gateway = gateway(smsc.port());
        // The receipt may arrive before the message carries the id: the relay tries again until it does.
        String providerId = gateway.send(HttpSmsGatewayTest.sms("code 1"));
        QueuedMessage message = ledger.sent(providerId);

        assertEquals(MessageStatus.DELIVERED, ledger.awaitStatus(message));
        assertTrue(message.receiptAt().isPresent());
    }

    @Test
    void anUndeliverableReceiptMarksTheMessageUndelivered() throws Exception {
        smsc = new LoopbackSmsc();
        smsc.receiptState = DeliveryReceiptState.UNDELIV;
        gateway = gateway(smsc.port());
        QueuedMessage message = ledger.sent(gateway.send(HttpSmsGatewayTest.sms("code 2")));

        assertEquals(MessageStatus.UNDELIVERED, ledger.awaitStatus(message));
        assertTrue(message.lastError().orElseThrow().contains("UNDELIV"));
    }

    @Test
    void aRefusedNumberIsPermanent() throws Exception {
        smsc = new LoopbackSmsc();
        smsc.refusedNumbers.add("15550100001");
        gateway = gateway(smsc.port());

        assertTrue(assertThrows(DeliveryFailure.class, () -> gateway.send(HttpSmsGatewayTest.sms("x")))
                .permanent());
    }

    @Test
    void bindsAgainAfterTheSessionIsLost() throws Exception {
        smsc = new LoopbackSmsc();
        gateway = gateway(smsc.port());
        gateway.send(HttpSmsGatewayTest.sms("before"));
        smsc.nextSubmit();

        smsc.dropSessions();
        String after = retryWithin(Duration.ofSeconds(5), () -> gateway.send(HttpSmsGatewayTest.sms("after")));

        assertNotNull(after);
        assertEquals("after", LoopbackSmsc.text(List.of(smsc.nextSubmit())));
        assertTrue(smsc.binds.size() >= 2);
    }

    @Test
    void aBindThatWaitsForASilentSmscHoldsUpNoOtherScheduledWork() throws Exception {
        ScheduledExecutorService oneThread = Executors.newSingleThreadScheduledExecutor();
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            executor.submit(() -> silent.accept());
            gateway = new SmppGateway(
                    SmppSettings.from(SettingsSource.of(settings(silent.getLocalPort()))),
                    new ReceiptRelay(ledger, oneThread, 1, Duration.ZERO),
                    Executors.defaultThreadFactory(),
                    Clock.systemUTC());
            gateway.start();
            Thread.sleep(300);

            long started = System.nanoTime();
            oneThread.submit(() -> {}).get(5, TimeUnit.SECONDS);

            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waitedMillis < 500, "other work waited " + waitedMillis + " ms behind the bind");
        } finally {
            oneThread.shutdownNow();
        }
    }

    @Test
    void aClosedPortIsATransientFailureWithinTheTimeouts() throws Exception {
        gateway = gateway(closedPort());

        long started = System.nanoTime();
        assertFalse(assertThrows(DeliveryFailure.class, () -> gateway.send(HttpSmsGatewayTest.sms("x")))
                .permanent());
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(3).toNanos());
    }

    SmppGateway gateway(int port) {
        return new SmppGateway(
                SmppSettings.from(SettingsSource.of(settings(port))),
                new ReceiptRelay(ledger, executor, 20, Duration.ofMillis(50)),
                Executors.defaultThreadFactory(),
                Clock.systemUTC());
    }

    static Map<String, String> settings(int port) {
        Map<String, String> settings = new HashMap<>();
        settings.put("otp.notification.sms.smpp.host", "127.0.0.1");
        settings.put("otp.notification.sms.smpp.port", String.valueOf(port));
        settings.put("otp.notification.sms.smpp.system-id", "otp");
        settings.put("otp.notification.sms.smpp.password", "secret");
        settings.put("otp.notification.sms.smpp.source-address", "OTP");
        settings.put("otp.notification.sms.smpp.connect-timeout-ms", "1000");
        settings.put("otp.notification.sms.smpp.response-timeout-ms", "2000");
        settings.put("otp.notification.sms.smpp.rebind-delay-ms", "100");
        return settings;
    }

    /** A loopback port that nothing listens on. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    interface Send {
        String send() throws DeliveryFailure;
    }

    private static String retryWithin(Duration limit, Send send) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return send.send();
            } catch (DeliveryFailure notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }
}
