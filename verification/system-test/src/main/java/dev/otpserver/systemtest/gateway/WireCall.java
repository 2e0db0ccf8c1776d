package dev.otpserver.systemtest.gateway;

import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SigningString;
import dev.otpserver.systemtest.support.Partner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

/**
 * A signed gateway call as the bytes a real client puts on the wire. As built, it is what the Antom Java SDK
 * (global-open-sdk-java 2.0.45, {@code DefaultHttpRPC} over {@code HttpsURLConnection}) sends, headers in its
 * order and spelling; a test then spells one thing the way another client does: a header's name or value, the
 * Request-Time, the Signature header, the request target, the body's framing. Whatever the spelling, the
 * signature is what every SDK signs: {@code POST <path>\n<Client-Id>.<Request-Time>.<JSON>}.
 */
final class WireCall {

    static final String SDK_ACCEPT = "text/plain,text/xml,text/javascript,text/html";
    private static final String SDK_SIGNATURE = "algorithm=RSA256,keyVersion=1,signature=%s";

    private final Partner partner;
    private final String path;
    private final byte[] json;
    private final List<String[]> headers = new ArrayList<>();
    private String target;
    private String requestTime = Long.toString(System.currentTimeMillis());
    private String signatureSpelling = SDK_SIGNATURE;
    private String separator = ": ";
    private boolean gzip;
    private boolean chunked;

    private WireCall(Partner partner, String path, String json) {
        this.partner = partner;
        this.path = path;
        this.target = path;
        this.json = json.getBytes(StandardCharsets.UTF_8);
        header("Accept", SDK_ACCEPT)
                .header("User-Agent", "global-sdk-java")
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Connection", "keep-alive")
                .header("Request-Time", "")
                .header("client-id", partner.clientId())
                .header("Signature", "");
    }

    /** What the Java SDK sends for {@code json} to {@code path}. */
    static WireCall javaSdk(Partner partner, String path, String json) {
        return new WireCall(partner, path, json);
    }

    String path() {
        return path;
    }

    /** Sets a header, spelled as given, in the place of one of the same name in any case; null removes it. */
    WireCall header(String name, String value) {
        int at = indexOf(name);
        if (value == null) {
            if (at >= 0) {
                headers.remove(at);
            }
        } else if (at >= 0) {
            headers.set(at, new String[] {name, value});
        } else {
            headers.add(new String[] {name, value});
        }
        return this;
    }

    /** Adds a header even if one of that name is there already, as the Go SDK sends its second Content-Type. */
    WireCall twinHeader(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    /** Writes {@code Name:value} without the space after the colon, as the PHP SDK hands its headers to curl. */
    WireCall noSpaceAfterColons() {
        this.separator = ":";
        return this;
    }

    /** Every header name re-spelled, e.g. in upper case; values stay. */
    WireCall headerNames(UnaryOperator<String> spelling) {
        headers.replaceAll(header -> new String[] {spelling.apply(header[0]), header[1]});
        return this;
    }

    WireCall requestTime(String text) {
        this.requestTime = text;
        return this;
    }

    /** The Signature header written from {@code spelling}: its {@code %s} is the URL-encoded signature. */
    WireCall signatureSpelled(String spelling) {
        this.signatureSpelling = spelling;
        return this;
    }

    /** The request line names the whole URL (absolute form), as Python's http.client sends what the Python SDK gives it. */
    WireCall absoluteTarget(URI origin) {
        this.target = origin.resolve(path).toString();
        return this;
    }

    WireCall gzipBody() {
        this.gzip = true;
        return header("Content-Encoding", "gzip");
    }

    WireCall chunkedBody() {
        this.chunked = true;
        return header("Transfer-Encoding", "chunked");
    }

    /** Request line and headers up to the blank line, with Host and the body's length as HttpURLConnection adds them. */
    byte[] head(URI origin) {
        StringBuilder head = new StringBuilder("POST ").append(target).append(" HTTP/1.1\r\n");
        for (String[] header : headers) {
            head.append(header[0]).append(separator).append(value(header)).append("\r\n");
        }
        head.append("Host: ")
                .append(origin.getHost())
                .append(':')
                .append(origin.getPort())
                .append("\r\n");
        if (!chunked) {
            head.append("Content-Length: ").append(sentBody().length).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The body as framed on the wire: as is, or in two chunks. */
    byte[] body() {
        byte[] sent = sentBody();
        if (!chunked) {
            return sent;
        }
        int half = sent.length / 2;
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        framed.writeBytes(chunk(sent, 0, half));
        framed.writeBytes(chunk(sent, half, sent.length));
        framed.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return framed.toByteArray();
    }

    private String value(String[] header) {
        return switch (header[0].toLowerCase(Locale.ROOT)) {
            case "request-time" -> requestTime;
            case "signature" -> signatureSpelling.formatted(URLEncoder.encode(signature(), StandardCharsets.UTF_8));
            default -> header[1];
        };
    }

    private String signature() {
        return RsaSignatures.sign(
                partner.privateKey(), SigningString.of("POST", path, partner.clientId(), requestTime, json));
    }

    private byte[] sentBody() {
        if (!gzip) {
            return json;
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static byte[] chunk(byte[] bytes, int from, int to) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes((Integer.toHexString(to - from) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunk.write(bytes, from, to - from);
        chunk.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return chunk.toByteArray();
    }

    private int indexOf(String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i)[0].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
