package dev.otpserver.systemtest.robustness;

import dev.otpserver.systemtest.support.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client that declares a body and then sends it one byte at a time, as an attacker holding a server's
 * threads would: it drips until the server answers, or gives up at a deadline. It can also walk away mid-body.
 */
final class DrippingClient implements AutoCloseable {

    private final Socket socket;
    private final long started = System.nanoTime();

    private DrippingClient(Socket socket) {
        this.socket = socket;
    }

    /** Sends the head (with {@code Content-Length: declared}) and the first byte of the body. */
    static DrippingClient open(URI origin, String method, String path, String headers, int declared)
            throws IOException {
        Socket socket = new Socket(origin.getHost(), origin.getPort());
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + origin.getHost() + ":" + origin.getPort() + "\r\n"
                + headers + "Content-Type: application/json\r\nContent-Length: " + declared + "\r\n\r\n{";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return new DrippingClient(socket);
    }

    /** Drips a byte every {@code every} until the answer comes; a dropped response after {@code deadline}. */
    RawHttp.Response dripUntilAnswered(Duration every, Duration deadline) throws IOException, InterruptedException {
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        socket.setSoTimeout(20_000);
        while (elapsed().compareTo(deadline) < 0) {
            if (in.available() > 0) {
                return RawHttp.read(in);
            }
            try {
                out.write(' ');
                out.flush();
            } catch (IOException closedByServer) {
                return RawHttp.read(in);
            }
            Thread.sleep(every.toMillis());
        }
        return new RawHttp.Response(-1, java.util.List.of(), new byte[0], "no answer within " + deadline);
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
