package dev.otpserver.systemtest.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A partner's webhook on loopback (JDK HttpServer on 127.0.0.1, a free port): it records every delivery and
 * answers as told, signing its acknowledgements with the partner's private key as seed 003 wants.
 */
public final class WebhookReceiver implements AutoCloseable {

    /**
     * How the receiver answers. HANG waits longer than the server's read timeout before answering; RESET
     * reads the request and resets the connection (a receiver may start so, and then recover to another).
     */
    public enum Behaviour {
        ACK,
        REFUSE,
        UNKNOWN,
        UNSIGNED,
        HANG,
        RESET
    }

    /** One delivery as it arrived. */
    public record Delivery(Instant receivedAt, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private static final Duration HANG = Duration.ofSeconds(15);

    private final Partner partner;
    private final String path = "/partner/" + UUID.randomUUID() + "/notify/otp";
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final int port;
    private HttpServer server;
    private ConnectionResetter resetter;
    private volatile Behaviour behaviour;

    public WebhookReceiver(Partner partner, Behaviour behaviour) {
        this.partner = partner;
        this.behaviour = behaviour;
        serve();
        if (behaviour == Behaviour.RESET) {
            resetter =
                    new ConnectionResetter(deliveries::add, server.getAddress().getPort());
            port = resetter.port();
        } else {
            port = server.getAddress().getPort();
        }
    }

    private void serve() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String path() {
        return path;
    }

    /** Answers as {@code next} from now on; a receiver that resets connections recovers on the same port, once. */
    public synchronized void answer(Behaviour next) {
        if (next == Behaviour.RESET) {
            throw new IllegalStateException("Only a receiver that starts with RESET resets connections");
        }
        behaviour = next;
        if (resetter != null) {
            resetter.recover();
        }
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The deliveries so far, once there are at least {@code count} or {@code within} has passed. */
    public List<Delivery> await(int count, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (deliveries.size() < count && Instant.now().isBefore(deadline)) {
            pause(Duration.ofMillis(20));
        }
        return deliveries();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant received = Instant.now();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        deliveries.add(new Delivery(received, Map.copyOf(headers), body));
        Behaviour now = behaviour;
        if (now == Behaviour.HANG) {
            pause(HANG);
        }
        String status = switch (now) {
            case REFUSE -> "F";
            case UNKNOWN -> "U";
            default -> "S";
        };
        respond(
                exchange,
                "{\"result\":{\"resultCode\":\"" + code(status) + "\",\"resultStatus\":\"" + status
                        + "\",\"resultMessage\":\"test\"}}",
                now != Behaviour.UNSIGNED);
    }

    private void respond(HttpExchange exchange, String body, boolean signed) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        if (signed) {
            String time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0));
            byte[] signing = SigningString.of("POST", path, partner.clientId(), time, bytes);
            exchange.getResponseHeaders().add("Client-Id", partner.clientId());
            exchange.getResponseHeaders().add("Response-Time", time);
            exchange.getResponseHeaders()
                    .add(
                            "Signature",
                            SignatureHeader.rsa256(
                                            partner.keyVersion(), RsaSignatures.sign(partner.privateKey(), signing))
                                    .format());
        }
        try {
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException gone) {
            // the server gave up waiting (HANG): nobody reads this answer any more
        } finally {
            exchange.close();
        }
    }

    private static String code(String status) {
        return switch (status) {
            case "S" -> "SUCCESS";
            case "F" -> "PROCESS_FAIL";
            default -> "UNKNOWN_EXCEPTION";
        };
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (resetter != null) {
            resetter.close();
        }
        if (server != null) {
            server.stop(0);
        }
        threads.shutdownNow();
    }
}
