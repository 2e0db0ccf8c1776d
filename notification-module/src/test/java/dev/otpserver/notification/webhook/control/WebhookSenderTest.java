package dev.otpserver.notification.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.gateway.ServerSigningKey;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against partners on loopback: a raw socket answers each request as the test tells it. */
class WebhookSenderTest {

    private static final String ACK =
            "{\"result\":{\"resultCode\":\"SUCCESS\",\"resultStatus\":\"S\",\"resultMessage\":\"ok\"}}";

    private final KeyPair serverKeys = rsaKeys();
    private final WebhookSender sender = sender(serverKeys);
    private Partner partner;

    @AfterEach
    void stopPartner() throws IOException {
        if (partner != null) {
            partner.close();
        }
    }

    @Test
    void postsTheBodySignedOverThePathAndReturnsTheAnswer() throws IOException {
        partner = new Partner((request, out) ->
                answer(out, "HTTP/1.1 200 OK\r\nClient-Id: P1\r\nContent-Length: " + ACK.length() + "\r\n\r\n" + ACK));

        PartnerAnswer answer = sender.send(partner.url("/notify?x=1"), "P1", "n-1", "{\"passcode\":\"123456\"}");

        assertEquals(200, answer.status());
        assertEquals("P1", answer.clientId());
        assertEquals(ACK, new String(answer.body(), StandardCharsets.UTF_8));
        Request request = partner.requests.join();
        assertEquals("POST /notify?x=1 HTTP/1.1", request.line());
        assertEquals("n-1", request.headers().get("notification-id"));
        SignatureHeader signature =
                SignatureHeader.parse(request.headers().get("signature")).orElseThrow();
        byte[] signed =
                SigningString.of("POST", "/notify?x=1", "P1", request.headers().get("request-time"), request.body());
        assertTrue(RsaSignatures.verify(serverKeys.getPublic(), signed, signature.base64Signature()));
    }

    @Test
    void partnerThatStallsItsBodyIsGivenUpAtTheAttemptBoundAndDisconnected() throws Exception {
        CompletableFuture<Long> disconnected = new CompletableFuture<>();
        partner = new Partner((request, out) -> {
            answer(out, "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"result\":");
            disconnected.complete(waitForEnd(request.socket()));
        });
        long started = System.nanoTime();

        IOException failure =
                assertThrows(IOException.class, () -> sender.send(partner.url("/notify"), "P1", "n-2", "{}"));

        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(took >= 1_900 && took < 4_000, "given up after the 2-s attempt bound, not " + took + " ms");
        assertTrue(failure.getMessage().contains("attempt's bound"), failure.toString());
        long closedAt = disconnected.get(5, TimeUnit.SECONDS);
        assertTrue(
                Duration.ofNanos(closedAt - started).toMillis() < 5_000,
                "the connection is closed, not left to the partner");
    }

    @Test
    void partnerThatNeverAnswersIsGivenUpAfterTheReadTimeout() throws IOException {
        partner = new Partner((request, out) -> waitForEnd(request.socket()));
        long started = System.nanoTime();

        assertThrows(IOException.class, () -> sender.send(partner.url("/notify"), "P1", "n-3", "{}"));

        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(took >= 900 && took < 3_000, "given up after the 1-s read timeout, not " + took + " ms");
    }

    @Test
    void sendsOnTheCallersThreadWithoutAThreadPerAnswer() throws IOException {
        partner = new Partner((request, out) -> answer(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"));
        sender.send(partner.url("/notify"), "P1", "warm-up", "{}");
        long threadsBefore = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();

        for (int i = 0; i < 50; i++) {
            assertEquals(
                    200,
                    sender.send(partner.url("/notify"), "P1", "n-" + i, "{}").status());
        }

        long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - threadsBefore;
        assertTrue(started < 10, started + " threads started for 50 answers");
    }

    private static WebhookSender sender(KeyPair keys) {
        WebhookSettings settings = new WebhookSettings();
        settings.connectTimeoutSeconds = 1;
        settings.readTimeoutSeconds = 1;
        WebhookSender sender = new WebhookSender();
        sender.settings = settings;
        sender.signingKey = () -> new ServerSigningKey(1, keys.getPrivate(), keys.getPublic());
        sender.clock = Clock.systemUTC();
        sender.start();
        return sender;
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(OutputStream out, String response) throws IOException {
        out.write(response.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Blocks until the other side closes the connection; when that happened, as {@link System#nanoTime()}. */
    private static long waitForEnd(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        while (in.read() >= 0) {
            // nothing more is expected
        }
        return System.nanoTime();
    }

    record Request(Socket socket, String line, Map<String, String> headers, byte[] body) {}

    /** One connection at a time, keep-alive: reads each request and lets the test answer it. */
    private static final class Partner implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final CompletableFuture<Request> requests = new CompletableFuture<>();
        private final Thread thread;

        Partner(Responder responder) throws IOException {
            thread = new Thread(() -> serve(responder), "webhook-sender-test-partner");
            thread.setDaemon(true);
            thread.start();
        }

        URI url(String pathAndQuery) {
            return URI.create("http://127.0.0.1:" + server.getLocalPort() + pathAndQuery);
        }

        private void serve(Responder responder) {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    for (Request request = read(socket); request != null; request = read(socket)) {
                        requests.complete(request);
                        responder.answer(request, socket.getOutputStream());
                    }
                } catch (IOException closed) {
                    // the test is over, or the client went away
                }
            }
        }

        private static Request read(Socket socket) throws IOException {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            for (int next = in.read(); next >= 0; next = in.read()) {
                head.write(next);
                matched = next == "\r\n\r\n".charAt(matched) ? matched + 1 : next == '\r' ? 1 : 0;
                if (matched == 4) {
                    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
                    Map<String, String> headers = new HashMap<>();
                    for (int i = 1; i < lines.length; i++) {
                        int colon = lines[i].indexOf(':');
                        headers.put(
                                lines[i].substring(0, colon).trim().toLowerCase(),
                                lines[i].substring(colon + 1).trim());
                    }
                    byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
                    return new Request(socket, lines[0], headers, body);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    @FunctionalInterface
    interface Responder {
        void answer(Request request, OutputStream out) throws IOException;
    }
}
