package dev.otpserver.systemtest.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A partner's webhook that crashes mid-request: it reads each request, then resets the connection (TCP RST,
 * SO_LINGER 0) instead of answering, and reports what it read. Once it recovers, it relays each connection to
 * the receiver behind it, on the same port (the JDK's HttpServer could not bind it again at once).
 */
final class ConnectionResetter implements AutoCloseable {

    private final ServerSocket socket;
    private final Consumer<WebhookReceiver.Delivery> arrivals;
    private final int recoveredPort;
    private volatile boolean recovered;

    ConnectionResetter(Consumer<WebhookReceiver.Delivery> arrivals, int recoveredPort) {
        this.arrivals = arrivals;
        this.recoveredPort = recoveredPort;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptUntilClosed, "webhook-resetter-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** From now on, connections reach the receiver behind. */
    void recover() {
        recovered = true;
    }

    private void acceptUntilClosed() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread handler = new Thread(() -> handle(connection));
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                // the test is over
            }
        }
    }

    private void handle(Socket connection) {
        try (connection) {
            if (recovered) {
                relay(connection);
            } else {
                Instant received = Instant.now();
                connection.setSoTimeout(5_000);
                arrivals.accept(read(received, connection.getInputStream()));
                connection.setSoLinger(true, 0);
            }
        } catch (IOException broken) {
            // the server gave up first: nothing to reset
        }
    }

    private void relay(Socket connection) throws IOException {
        try (Socket behind = new Socket(InetAddress.getLoopbackAddress(), recoveredPort)) {
            Thread requests = new Thread(() -> copy(connection, behind));
            requests.setDaemon(true);
            requests.start();
            copy(behind, connection);
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException closed) {
            // one side is done
        }
    }

    private static WebhookReceiver.Delivery read(Instant received, InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next == -1) {
                break;
            }
            head.write(next);
        }
        Map<String, String> headers = new HashMap<>();
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(),
                        lines[i].substring(colon + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        return new WebhookReceiver.Delivery(
                received, Map.copyOf(headers), new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
