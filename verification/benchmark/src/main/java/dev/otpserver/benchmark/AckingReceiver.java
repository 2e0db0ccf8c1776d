package dev.otpserver.benchmark;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A partner's notify URL on loopback that acknowledges every notification with a signed SUCCESS, as seed 003
 * asks. The acknowledgement is the same bytes all second long, so it is signed once a second, as a busy
 * partner could. Counts each notification once and keeps when it first arrived; a second arrival is a duplicate.
 */
final class AckingReceiver implements AutoCloseable {

    static final String PATH = "/partner/otp-notify";
    private static final byte[] ACK =
            "{\"result\":{\"resultCode\":\"SUCCESS\",\"resultStatus\":\"S\",\"resultMessage\":\"success\"}}"
                    .getBytes(StandardCharsets.UTF_8);

    private final WalletPartner partner;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, Instant> firstArrival = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();
    private volatile String[] signedSecond = {"", ""};

    AckingReceiver(WalletPartner partner) throws IOException {
        this.partner = partner;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.createContext(PATH, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    Map<String, Instant> arrivals() {
        return Map.copyOf(firstArrival);
    }

    long duplicates() {
        return duplicates.get();
    }

    void forget() {
        firstArrival.clear();
        duplicates.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant now = Instant.now();
        exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("Notification-Id");
        if (id != null && firstArrival.putIfAbsent(id, now) != null) {
            duplicates.incrementAndGet();
        }
        String[] signed = signature(now);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.getResponseHeaders().add("Client-Id", partner.clientId());
        exchange.getResponseHeaders().add("Response-Time", signed[0]);
        exchange.getResponseHeaders().add("Signature", signed[1]);
        exchange.sendResponseHeaders(200, ACK.length);
        exchange.getResponseBody().write(ACK);
        exchange.close();
    }

    private String[] signature(Instant now) {
        String time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                now.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        String[] current = signedSecond;
        if (!current[0].equals(time)) {
            byte[] signing = SigningString.of("POST", PATH, partner.clientId(), time, ACK);
            current = new String[] {
                time,
                SignatureHeader.rsa256(1, RsaSignatures.sign(partner.keys().getPrivate(), signing))
                        .format()
            };
            signedSecond = current;
        }
        return current;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
