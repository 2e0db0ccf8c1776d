package dev.otpserver.notification.webhook.control;

import dev.otpserver.common.gateway.CurrentSigningKey;
import dev.otpserver.common.gateway.ServerSigningKey;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * POSTs a notification to a partner, signed with the server key over the partner's path and a fresh
 * {@code Request-Time}, and waits no longer than the connect and read timeouts. Redirects are not followed:
 * the signature names the path it was made for.
 */
@ApplicationScoped
public class WebhookSender {

    /** ISO-8601 with offset as WorldFirst writes it, to the millisecond so that two attempts never share a time. */
    static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    @Inject
    CurrentSigningKey signingKey;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The answer, or an exception naming why none came (refused connection, timeout). Sent on the calling
     * thread: {@code HttpClient.sendAsync} hands every answer to a new thread where the common pool has one
     * worker (two cores or fewer), which cost more CPU than the signature under load.
     */
    public PartnerAnswer send(URI url, String clientId, String notificationId, String body) throws IOException {
        long deadline = System.nanoTime() + settings.attemptBound().toNanos();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String requestTime = REQUEST_TIME.format(clock.instant().atOffset(ZoneOffset.UTC));
        byte[] signed = SigningString.of("POST", pathOf(url), clientId, requestTime, bytes);
        ServerSigningKey key = signingKey.get();
        String signature = SignatureHeader.rsa256(key.keyVersion(), RsaSignatures.sign(key.privateKey(), signed))
                .format();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Client-Id", clientId)
                .header("Request-Time", requestTime)
                .header("Signature", signature)
                .header("Notification-Id", notificationId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<byte[]> response = exchange(request, deadline);
        return new PartnerAnswer(
                response.statusCode(),
                header(response, "Client-Id"),
                header(response, "Response-Time"),
                header(response, "Signature"),
                response.body());
    }

    /** The path (and query) that the signature covers, the host left out as §1.6 says. */
    public static String pathOf(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    /** The request timeout covers the headers only; {@link BodyBefore} bounds the body too. */
    private HttpResponse<byte[]> exchange(HttpRequest request, long deadline) throws IOException {
        try {
            return http.send(request, new BodyBefore(deadline));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
