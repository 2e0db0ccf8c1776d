package dev.otpserver.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import dev.otpserver.systemtest.Partner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A partner's webhook on loopback that holds every notification unanswered until {@link #release()}, so that each
 * stays in flight at the node that claimed it, and then acknowledges them, and every later one at once, signed with
 * the partner's key as seed 003 wants. It records each arrival with the sender's port, which tells the node.
 */
final class HoldingReceiver implements AutoCloseable {

    /** One request as it arrived: its Notification-Id, when, and the client port of its connection. */
    record Arrival(String notificationId, Instant at, int clientPort) {}

    private final Partner partner;
    private final String path = "/partner/" + UUID.randomUUID() + "/notify/otp";
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;

    HoldingReceiver(Partner partner) {
        this.partner = partner;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** Answers what it holds, and everything from now on at once. */
    void release() {
        released.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        exchange.getRequestBody().readAllBytes();
        arrivals.add(new Arrival(
                exchange.getRequestHeaders().getFirst("Notification-Id"),
                at,
                exchange.getRemoteAddress().getPort()));
        try {
            released.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = "{\"result\":{\"resultCode\":\"SUCCESS\",\"resultStatus\":\"S\",\"resultMessage\":\"held\"}}"
                .getBytes(StandardCharsets.UTF_8);
        String time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0));
        byte[] signing = SigningString.of("POST", path, partner.clientId(), time, body);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.getResponseHeaders().add("Client-Id", partner.clientId());
        exchange.getResponseHeaders().add("Response-Time", time);
        exchange.getResponseHeaders()
                .add(
                        "Signature",
                        SignatureHeader.rsa256(partner.keyVersion(), RsaSignatures.sign(partner.privateKey(), signing))
                                .format());
        try {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException gone) {
            // the node that sent it was killed: nobody reads this answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
