package dev.otpserver.systemtest.gateway;

import dev.otpserver.systemtest.support.RawHttp;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;

/**
 * One HTTP/1.1 connection that stays open across calls, as the JDK's keep-alive cache under the Java SDK's
 * {@code HttpsURLConnection} and curl keep theirs: each call is written, and exactly its answer read, in turn.
 */
final class KeptAliveConnection implements AutoCloseable {

    private static final int TIMEOUT_MS = 20_000;

    private final URI origin;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    private KeptAliveConnection(URI origin) throws IOException {
        this.origin = origin;
        this.socket = new Socket(origin.getHost(), origin.getPort());
        socket.setSoTimeout(TIMEOUT_MS);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    static KeptAliveConnection to(URI origin) {
        try {
            return new KeptAliveConnection(origin);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot connect to " + origin, e);
        }
    }

    /** Sends a call on this connection and reads its answer. */
    WireAnswer send(WireCall call) {
        write(call.head(origin));
        write(call.body());
        return new WireAnswer(call.path(), read());
    }

    /**
     * Sends the head with {@code Expect: 100-continue}, as curl does for a body over 1 KiB, and the body only
     * once the server has said {@code 100 Continue}; a server that answers at once has refused the call.
     */
    Continued sendAfterContinue(WireCall call) {
        write(call.header("Expect", "100-continue").head(origin));
        WireAnswer interim = new WireAnswer(call.path(), read());
        if (interim.status() != 100) {
            return new Continued(interim, interim);
        }
        write(call.body());
        return new Continued(interim, new WireAnswer(call.path(), read()));
    }

    /** The interim answer to the head, and the final answer to the call. */
    record Continued(WireAnswer interim, WireAnswer last) {}

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + origin, e);
        }
    }

    private RawHttp.Response read() {
        try {
            return RawHttp.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("No answer from " + origin, e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
    }
}
