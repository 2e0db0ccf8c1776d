package dev.otpserver.notification.sms.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An SMS provider's HTTP API on 127.0.0.1 and an ephemeral port: it answers scripted replies and keeps the requests. */
final class LoopbackHttpGateway implements AutoCloseable {

    record Reply(int status, String body, Duration delay) {
        static Reply of(int status, String body) {
            return new Reply(status, body, Duration.ZERO);
        }
    }

    record Request(String method, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final HttpServer server;
    private volatile Reply otherwise = Reply.of(200, "{\"id\":\"default\"}");

    LoopbackHttpGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** Replies in order, then {@code otherwise} for every further request. */
    LoopbackHttpGateway replying(Reply... next) {
        replies.addAll(List.of(next));
        return this;
    }

    LoopbackHttpGateway otherwise(Reply reply) {
        otherwise = reply;
        return this;
    }

    Request nextRequest() throws InterruptedException {
        Request request = requests.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("The HTTP gateway got no request within 5 s");
        }
        return request;
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(new Request(
                exchange.getRequestMethod(),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Reply reply = replies.isEmpty() ? otherwise : replies.poll();
        try {
            Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
