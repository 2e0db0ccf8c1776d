package dev.otpserver.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, one request per connection, for the requests that {@code java.net.http}
 * refuses to send: invalid header bytes, duplicated or restricted headers, any method with any body.
 */
final class RawHttp {

    private static final int TIMEOUT_MS = 20_000;

    private RawHttp() {
    }

    /** A response as received; {@code status} -1 when the server closed or reset the connection without one. */
    record Response(int status, List<String[]> headers, byte[] body, String failure) {

        Optional<String> header(String name) {
            return headers.stream().filter(header -> header[0].equalsIgnoreCase(name)).map(header -> header[1]).findFirst();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Response exchange(URI origin, byte[] request) {
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
        String[] lines = new String(received, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
        }
        byte[] body = java.util.Arrays.copyOfRange(received, end + 4, received.length);
        boolean chunked = headers.stream().anyMatch(header -> header[0].equalsIgnoreCase("Transfer-Encoding")
                && header[1].toLowerCase(Locale.ROOT).contains("chunked"));
        return new Response(status, headers, chunked ? dechunked(body) : body, null);
    }

    private static byte[] dechunked(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            String sizeLine = line(in).split(";")[0].trim();
            int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
            if (size == 0) {
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
