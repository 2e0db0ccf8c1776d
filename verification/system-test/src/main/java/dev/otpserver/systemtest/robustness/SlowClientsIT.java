package dev.otpserver.systemtest.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.RawHttp;
import dev.otpserver.systemtest.support.ServerSignature;
import dev.otpserver.systemtest.support.ServerUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Slow and greedy clients cost the server nothing and get their dialect's refusal: a body over the limit is
 * refused unread, a body that drips is cut off after the body timeout (10 s) while other calls go on, a client
 * that walks away mid-body costs one log line and no stack trace, and no answer names the server or its version.
 */
class SlowClientsIT extends DeployedEar {

    private static final String INIT = "/ams/api/v1/users/initAuthentication";
    private static final String QUERY = "/amsin/api/v1/business/worldcard/queryOtpConfig";
    private static final String GSP_SEND = "/gsp/v1/sendOtp";
    private static final int HUNDRED_MB = 100 * 1024 * 1024;
    private static final Duration DRIP_EVERY = Duration.ofSeconds(2);
    /** The body timeout is 10 s; the servers' async timers fire up to a few seconds late. */
    private static final Duration CUT_OFF_BY = Duration.ofSeconds(20);

    @Test
    void aBodyOverTheLimitIsRefusedUnreadInEveryDialect() {
        Partner partner = Partner.register();

        RawHttp.Response gateway = hundredMegabytes("POST", INIT, "Client-Id: " + partner.clientId() + "\r\n");
        RawHttp.Response integrator = hundredMegabytes("POST", GSP_SEND, "");
        RawHttp.Response admin = hundredMegabytes("POST", "/admin/clients", adminAuthorization());
        RawHttp.Response health = hundredMegabytes("POST", "/health", "");

        assertGatewayRefusal(gateway, INIT, partner.clientId(), "larger than");
        assertIntegratorRefusal(integrator, "larger than");
        assertProblem(admin, 413);
        assertProblem(health, 413);
    }

    @Test
    void bodiesThatDripAreCutOffInTheirDialectWhileSignedCallsGoOn() throws Exception {
        Partner partner = Partner.register();
        long logBefore = logSize();
        ExecutorService drippers = Executors.newFixedThreadPool(8);
        try {
            List<Future<RawHttp.Response>> gateway = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                gateway.add(drippers.submit(() -> drip(INIT, "Client-Id: " + partner.clientId() + "\r\n")));
            }
            Future<RawHttp.Response> integrator = drippers.submit(() -> drip(GSP_SEND, ""));
            Future<RawHttp.Response> admin = drippers.submit(() -> drip("/admin/clients", adminAuthorization()));
            Thread.sleep(3_000);

            GatewayAnswer beside = partner.post(QUERY, "{}").send();
            List<Long> besideMillis = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                assertEquals("SUCCESS", partner.post(QUERY, "{}").send().resultCode());
                besideMillis.add((System.nanoTime() - started) / 1_000_000);
            }

            assertEquals("SUCCESS", beside.resultCode(), beside.toString());
            assertTrue(
                    besideMillis.stream().allMatch(millis -> millis < 2_000),
                    "signed calls beside the drippers took " + besideMillis + " ms");
            for (Future<RawHttp.Response> answer : gateway) {
                assertGatewayRefusal(answer.get(), INIT, partner.clientId(), "did not arrive within");
            }
            assertIntegratorRefusal(integrator.get(), "did not arrive within");
            assertProblem(admin.get(), 408);
        } finally {
            drippers.shutdownNow();
        }
        assertNoStackTraceSince(logBefore);
    }

    @Test
    void aClientThatWalksAwayMidBodyCostsOneLogLine() throws Exception {
        long logBefore = logSize();
        try (DrippingClient client =
                DrippingClient.open(ServerUnderTest.baseUrl(), "POST", INIT, "Client-Id: walks-away\r\n", 60_000)) {
            Thread.sleep(1_000);
        }
        Thread.sleep(2_000);

        String log = logSince(logBefore);
        assertTrue(log.contains("Request body abandoned"), "the abandoned body is logged: " + log);
        assertNoStackTraceSince(logBefore);
    }

    /**
     * A body that comes a moment after its headers is read on the async path and goes on by a dispatch from
     * whichever thread read it; a dispatch made while the original pass returns to the container must not be
     * lost (Payara 6 lost one: the first admin call after a deployment hung 40 s and ended in a 500).
     */
    @Test
    void bodiesThatFollowTheirHeadersAfterAPauseGoOnAtOnce() throws Exception {
        Partner partner = Partner.register();
        String path = "/admin/clients/" + partner.clientId() + "/notify-url";
        String body = "{\"notifyUrl\":\"https://partner.example/notify\"}";
        List<String> slow = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (long pauseMillis : new long[] {0, 1, 2, 5, 10, 20, 50, 100}) {
                long started = System.nanoTime();
                RawHttp.Response answer = headersThenBody("PUT", path, adminAuthorization(), body, pauseMillis);
                long millis = (System.nanoTime() - started) / 1_000_000;

                assertEquals(200, answer.status(), "after a pause of " + pauseMillis + " ms: " + answer.failure());
                if (millis > pauseMillis + 3_000) {
                    slow.add(pauseMillis + " ms pause: answered after " + millis + " ms");
                }
            }
        }
        assertTrue(slow.isEmpty(), "answers that waited: " + slow);
    }

    @Test
    void answersNameNoServerAndNoVersion() {
        List<RawHttp.Response> answers = List.of(
                exchange("GET /health/ready HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                exchange("POST " + INIT + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"),
                exchange("GET /nothing/here HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                exchange("GET /admin/clients HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                exchange("GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));

        for (RawHttp.Response answer : answers) {
            assertTrue(answer.status() > 0, "an answer: " + answer.failure());
            assertTrue(answer.header("Server").isEmpty(), "Server header: " + answer.header("Server"));
            assertTrue(
                    answer.header("X-Powered-By").isEmpty(), "X-Powered-By header: " + answer.header("X-Powered-By"));
            String everything = (String.join(
                                    " ",
                                    answer.headers().stream()
                                            .map(h -> h[0] + ": " + h[1])
                                            .toList()) + " " + answer.text())
                    .toLowerCase(Locale.ROOT);
            for (String name : List.of("payara", "glassfish", "grizzly", "wildfly", "undertow", "jboss", "java/")) {
                assertFalse(everything.contains(name), "the answer names " + name + ": " + everything);
            }
        }
    }

    private static RawHttp.Response drip(String path, String headers) throws IOException, InterruptedException {
        try (DrippingClient client = DrippingClient.open(ServerUnderTest.baseUrl(), "POST", path, headers, 60_000)) {
            RawHttp.Response answer = client.dripUntilAnswered(DRIP_EVERY, CUT_OFF_BY);
            assertTrue(
                    client.elapsed().compareTo(Duration.ofSeconds(9)) > 0,
                    "cut off only after the body timeout: " + client.elapsed());
            return answer;
        }
    }

    /** Sends the head, waits, then sends the body, on a connection of its own. */
    private static RawHttp.Response headersThenBody(
            String method, String path, String headers, String body, long pauseMillis)
            throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: x\r\n" + headers
                + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(
                ServerUnderTest.baseUrl().getHost(), ServerUnderTest.baseUrl().getPort())) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            Thread.sleep(pauseMillis);
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return RawHttp.read(socket.getInputStream());
        }
    }

    /** Declares 100 MB and sends the first 64 KiB: the server answers without reading the rest. */
    private static RawHttp.Response hundredMegabytes(String method, String path, String headers) {
        String head = method + " " + path + " HTTP/1.1\r\nHost: x\r\n" + headers
                + "Content-Type: application/json\r\nContent-Length: " + HUNDRED_MB + "\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[start.length + 65_536];
        System.arraycopy(start, 0, request, 0, start.length);
        return RawHttp.exchange(ServerUnderTest.baseUrl(), request);
    }

    private static RawHttp.Response exchange(String request) {
        return RawHttp.exchange(ServerUnderTest.baseUrl(), request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String adminAuthorization() {
        String credentials = ServerUnderTest.adminUser() + ":" + ServerUnderTest.adminPassword();
        return "Authorization: Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private static void assertGatewayRefusal(RawHttp.Response answer, String path, String clientId, String why) {
        assertEquals(200, answer.status(), "the gateway answers HTTP 200: " + answer.failure() + " " + answer.text());
        JsonObject result = json(answer).getJsonObject("result");
        assertEquals("PARAM_ILLEGAL", result.getString("resultCode"), answer.text());
        assertTrue(result.getString("resultMessage").contains(why), answer.text());
        assertTrue(
                ServerSignature.verifies(
                        "POST",
                        path,
                        clientId,
                        answer.header("Response-Time").orElse(null),
                        answer.header("Signature").orElse(""),
                        answer.body()),
                "signed by the server");
    }

    private static void assertIntegratorRefusal(RawHttp.Response answer, String why) {
        assertEquals(400, answer.status(), answer.failure() + " " + answer.text());
        JsonObject error = json(answer);
        assertEquals("INVALID_PAYLOAD_ENCRYPTION", error.getString("errorResponseCode"), answer.text());
        assertTrue(error.getString("errorDescription").contains(why), answer.text());
    }

    private static void assertProblem(RawHttp.Response answer, int status) {
        assertEquals(status, answer.status(), answer.failure() + " " + answer.text());
        assertEquals(status, json(answer).getInt("status"), answer.text());
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"), "JSON");
    }

    private static JsonObject json(RawHttp.Response answer) {
        try (var reader = Json.createReader(new StringReader(answer.text()))) {
            return reader.readObject();
        }
    }

    private static long logSize() throws IOException {
        return Files.size(ServerUnderTest.serverLog());
    }

    private static String logSince(long offset) throws IOException {
        byte[] log = Files.readAllBytes(ServerUnderTest.serverLog());
        return new String(
                log,
                (int) Math.min(offset, log.length),
                (int) Math.max(0, log.length - offset),
                StandardCharsets.UTF_8);
    }

    private static void assertNoStackTraceSince(long offset) throws IOException {
        String log = logSince(offset);
        assertFalse(
                log.contains("\tat ") || log.contains("\n  at ") || log.contains("\nCaused by: "),
                "a stack trace in the server log:\n" + log);
    }
}
