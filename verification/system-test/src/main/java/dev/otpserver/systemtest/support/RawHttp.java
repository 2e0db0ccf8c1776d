package dev.otpserver.systemtest.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for the requests that {@code java.net.http} refuses to send or sends its own
 * way: invalid header bytes, duplicated or restricted headers, any method with any body, the request target
 * in absolute form, {@code Expect: 100-continue} answered by hand; one request per connection, or several on
 * one kept-alive connection ({@link #read}).
 */
public final class RawHttp {

    private static final int TIMEOUT_MS = 20_000;
    /** CR LF CR LF, the end of a head, as the last four bytes read. */
    private static final int BLANK_LINE = 0x0d0a0d0a;

    private RawHttp() {}

    /** A response as received; {@code status} -1 when the server closed or reset the connection without one. */
    public record Response(int status, List<String[]> headers, byte[] body, String failure) {

        public Optional<String> header(String name) {
            return headers.stream()
                    .filter(header -> header[0].equalsIgnoreCase(name))
                    .map(header -> header[1])
                    .findFirst();
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public static Response exchange(URI origin, byte[] request) {
        try (Socket socket = new Socket(origin.getHost(), origin.getPort())) {
            socket.setSoTimeout(TIMEOUT_MS);
            String writeFailure = write(socket.getOutputStream(), request);
            byte[] received = socket.getInputStream().readAllBytes();
            return received.length == 0 ? dropped("no answer" + writeFailure) : parse(received);
        } catch (IOException e) {
            return dropped(e.toString());
        }
    }

    /** A server may answer and close before it read a body over its limit: read the answer anyway. */
    private static String write(OutputStream out, byte[] request) {
        try {
            out.write(request);
            out.flush();
            return "";
        } catch (IOException e) {
            return " (writing: " + e + ")";
        }
    }

    private static Response dropped(String why) {
        return new Response(-1, List.of(), new byte[0], why);
    }

    private static Response parse(byte[] received) throws IOException {
        int end = indexOf(received, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw new IOException("No end of the header section in " + received.length + " bytes");
        }
        Response head = head(new String(received, 0, end, StandardCharsets.ISO_8859_1));
        byte[] body = Arrays.copyOfRange(received, end + 4, received.length);
        return withBody(head, chunked(head) ? dechunked(new ByteArrayInputStream(body)) : body);
    }

    /**
     * Reads exactly one response from a connection that stays open: its head, then a body framed by
     * Content-Length or chunked encoding (none for an interim 1xx answer), else everything up to the close.
     */
    public static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != BLANK_LINE) {
            int b = in.read();
            if (b == -1) {
                return dropped(head.size() == 0 ? "connection closed" : "connection closed inside the head");
            }
            head.write(b);
            lastFour = lastFour << 8 | b;
        }
        Response response = head(head.toString(StandardCharsets.ISO_8859_1).trim());
        if (response.status() < 200) {
            return response;
        }
        Optional<String> length = response.header("Content-Length");
        byte[] body = chunked(response)
                ? dechunked(in)
                : length.isPresent() ? in.readNBytes(Integer.parseInt(length.get())) : in.readAllBytes();
        return withBody(response, body);
    }

    /** Status line and headers, without a body yet. */
    private static Response head(String section) {
        String[] lines = section.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {
                lines[i].substring(0, colon).trim(),
                lines[i].substring(colon + 1).trim()
            });
        }
        return new Response(status, headers, new byte[0], null);
    }

    private static Response withBody(Response head, byte[] body) {
        return new Response(head.status(), head.headers(), body, null);
    }

    private static boolean chunked(Response head) {
        return head.headers().stream()
                .anyMatch(header -> header[0].equalsIgnoreCase("Transfer-Encoding")
                        && header[1].toLowerCase(Locale.ROOT).contains("chunked"));
    }

    private static byte[] dechunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in).split(";")[0].trim();
            int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                line(in);
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
