package dev.otpserver.systemtest.support;

import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request as a partner's SDK sends it: signed with the partner's key over method, path, Client-Id,
 * Request-Time and body. A test may then spoil any part of it to see how the server answers. Each call gets a
 * Request-Time of its own (the next millisecond when another call took this one), because the same signed
 * request twice is a replay to the server; sending one call twice replays it.
 */
public final class SignedCall {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicLong LAST_REQUEST_TIME = new AtomicLong();

    private final Partner partner;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String method;
    private String requestTime = Long.toString(
            LAST_REQUEST_TIME.accumulateAndGet(System.currentTimeMillis(), (last, now) -> Math.max(last + 1, now)));
    private int keyVersion;
    private String signedBody;
    private String sentBody;
    private URI base;

    SignedCall(Partner partner, String method, String path, String body) {
        this.partner = partner;
        this.method = method;
        this.path = path;
        this.signedBody = body;
        this.sentBody = body;
        this.keyVersion = partner.keyVersion();
        headers.put("Content-Type", "application/json; charset=UTF-8");
        headers.put("Client-Id", partner.clientId());
    }

    public SignedCall requestTime(String time) {
        this.requestTime = time;
        return this;
    }

    public SignedCall header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public SignedCall withoutHeader(String name) {
        headers.put(name, null);
        return this;
    }

    public SignedCall keyVersion(int version) {
        this.keyVersion = version;
        return this;
    }

    /** Sends other bytes than the ones signed. */
    public SignedCall tamperedBody(String body) {
        this.sentBody = body;
        return this;
    }

    /** Sends to this server (one node of several) rather than to the server under test. */
    public SignedCall at(URI server) {
        this.base = server;
        return this;
    }

    /** Signs and sends with another HTTP method. */
    public SignedCall method(String otherMethod) {
        this.method = otherMethod;
        return this;
    }

    public GatewayAnswer send() {
        byte[] signingString = SigningString.of(
                method, path, partner.clientId(), requestTime, signedBody.getBytes(StandardCharsets.UTF_8));
        String signature = SignatureHeader.rsa256(keyVersion, RsaSignatures.sign(partner.privateKey(), signingString))
                .format();
        Map<String, String> all = new LinkedHashMap<>(Map.of("Request-Time", requestTime, "Signature", signature));
        all.putAll(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        (base != null ? base : ServerUnderTest.baseUrl()).resolve(path))
                .method(
                        method,
                        "GET".equals(method)
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(sentBody));
        all.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new GatewayAnswer(method, path, response);
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
