package dev.otpserver.systemtest.robustness;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of the fuzz test, as raw as it goes on the wire: any method, any header bytes, any body.
 * {@code dialect} says whose answer is expected; {@code containerMayRefuse} marks requests that the
 * servlet container itself may refuse before the application sees them (headers over its size limit, control
 * bytes in a header, an undecodable path): with an empty answer, or by closing the connection.
 */
record MalformedRequest(
        String label,
        Dialect dialect,
        URI origin,
        String method,
        String path,
        List<Header> headers,
        byte[] body,
        boolean containerMayRefuse) {

    /** Whose error format the answer must have. ANY: a fuzzed path, which may land anywhere. */
    enum Dialect {
        GATEWAY,
        INTEGRATOR,
        ADMIN,
        PLATFORM,
        ANY
    }

    record Header(String name, byte[] value) {

        static Header of(String name, String value) {
            return new Header(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** No body where the method takes none: Payara refuses a GET or DELETE with one before any application sees it. */
    static byte[] bodyFor(String method, byte[] body) {
        return java.util.Set.of("GET", "DELETE", "OPTIONS").contains(method) ? new byte[0] : body;
    }

    byte[] wire() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(path.getBytes(StandardCharsets.UTF_8));
        out.writeBytes((" HTTP/1.1\r\nHost: " + origin.getHost() + ":" + origin.getPort() + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        for (Header header : headers) {
            out.writeBytes((header.name() + ": ").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(header.value());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** How to tell it apart in a report: label, method, path (cut), header names, body size. */
    String describe() {
        List<String> names = new ArrayList<>();
        headers.forEach(header -> names.add(header.name()));
        String shownPath = path.length() > 120 ? path.substring(0, 120) + "…(" + path.length() + ")" : path;
        return label + ": " + method + " " + shownPath + " headers " + names + ", body " + body.length + " bytes";
    }
}
