package dev.otpserver.reliability;

import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import dev.otpserver.systemtest.support.Partner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The legitimate traffic beside an attack: a few threads each sending signed amsin queryOtpConfig calls to one
 * server, a little apart, each with its own Request-Time (the gateway refuses a replay). A call counts as an
 * error unless it comes back SUCCESS within 10 s.
 */
final class SignedCallLoad {

    private static final String PATH = "/amsin/api/v1/business/worldcard/queryOtpConfig";
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration APART = Duration.ofMillis(50);
    private static final AtomicLong LAST_REQUEST_TIME = new AtomicLong();

    /** One call: when it was sent (ms since the load started), how long it took, and whether it succeeded. */
    record Call(long sentMillis, long tookMillis, boolean ok, String what) {}

    private final URI server;
    private final Partner partner;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final long started = System.nanoTime();
    private volatile boolean running = true;
    private ExecutorService threads;

    SignedCallLoad(URI server, Partner partner) {
        this.server = server;
        this.partner = partner;
    }

    SignedCallLoad start(int threadCount) {
        threads = Executors.newFixedThreadPool(threadCount);
        for (int i = 0; i < threadCount; i++) {
            threads.execute(() -> {
                while (running) {
                    calls.add(call());
                    PayaraServer.pause(APART);
                }
            });
        }
        return this;
    }

    /** Stops the load and gives the calls sent from {@code from} on (ms since the start). */
    List<Call> stop(long from) {
        running = false;
        threads.shutdown();
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ArrayList<>(
                calls.stream().filter(call -> call.sentMillis() >= from).toList());
    }

    long millisSinceStart() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private Call call() {
        long sent = System.nanoTime();
        String requestTime = Long.toString(
                LAST_REQUEST_TIME.accumulateAndGet(System.currentTimeMillis(), (last, now) -> Math.max(last + 1, now)));
        byte[] signingString = SigningString.of("POST", PATH, partner.clientId(), requestTime, BODY);
        String signature = SignatureHeader.rsa256(
                        partner.keyVersion(), RsaSignatures.sign(partner.privateKey(), signingString))
                .format();
        HttpRequest request = HttpRequest.newBuilder(server.resolve(PATH))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Client-Id", partner.clientId())
                .header("Request-Time", requestTime)
                .header("Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(BODY))
                .build();
        String what;
        boolean ok;
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            ok = answer.statusCode() == 200 && answer.body().contains("\"resultCode\":\"SUCCESS\"");
            what = answer.statusCode() + " "
                    + (answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body());
        } catch (Exception failed) {
            ok = false;
            what = failed.toString();
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        return new Call((sent - started) / 1_000_000, (System.nanoTime() - sent) / 1_000_000, ok, what);
    }
}
