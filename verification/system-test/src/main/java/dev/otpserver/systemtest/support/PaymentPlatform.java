package dev.otpserver.systemtest.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import dev.otpserver.common.gsp.JoseEnvelope;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * A payment platform calling the payment-integrator dialect as its SDK does, holding only its own keys and
 * the server's published public keys: it signs (JWS) and encrypts (JWE) each request, and decrypts and
 * verifies each answer. Registered for each test: a client, and its public JWKs through the admin API.
 */
public final class PaymentPlatform {

    public static final String SEND_OTP = "/gsp/v1/sendOtp";
    public static final String VERIFY_OTP = "/gsp/v1/verifyOtp";
    public static final String JOSE = "application/jose; charset=utf-8";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String clientId;
    private final JWK signingKey;
    private final JWK encryptionKey;

    private PaymentPlatform(String clientId, JWK signingKey, JWK encryptionKey) {
        this.clientId = clientId;
        this.signingKey = signingKey;
        this.encryptionKey = encryptionKey;
    }

    public static PaymentPlatform register() {
        return registered(Partner.register().clientId());
    }

    /** Under a fixed client id, for the per-client settings of server-under-test.properties; one test each. */
    public static PaymentPlatform registerAs(String clientId) {
        return registered(Partner.registerAs(clientId).clientId());
    }

    /** A platform that registered its signing key only, so that no answer can be encrypted to it. */
    public static PaymentPlatform registerWithoutEncryptionKey() {
        PaymentPlatform platform =
                new PaymentPlatform(Partner.register().clientId(), rsa(KeyUse.SIGNATURE), rsa(KeyUse.ENCRYPTION));
        platform.addKey(platform.signingKey.toPublicJWK());
        return platform;
    }

    private static PaymentPlatform registered(String clientId) {
        PaymentPlatform platform = new PaymentPlatform(clientId, rsa(KeyUse.SIGNATURE), rsa(KeyUse.ENCRYPTION));
        platform.addKey(platform.signingKey.toPublicJWK());
        platform.addKey(platform.encryptionKey.toPublicJWK());
        return platform;
    }

    public String clientId() {
        return clientId;
    }

    public JWK signingKey() {
        return signingKey;
    }

    /** Registers another public key of this platform (a rotation), through the admin API. */
    public AdminClient.Answer addKey(JWK publicKey) {
        AdminClient.Answer added =
                AdminClient.admin().send("POST", "/admin/clients/" + clientId + "/jose-keys", publicKey.toJSONString());
        if (added.status() != 201) {
            throw new IllegalStateException("Cannot register key " + publicKey.getKeyID() + ": " + added);
        }
        return added;
    }

    /** Signs with {@code signer}, encrypts to the server's encryption key, and posts. */
    public IntegratorAnswer post(String path, String json, JWK signer) {
        return postRaw(path, JOSE, sealed(json, signer));
    }

    /** A request body as {@link #post} sends it, for a test that sends the very same bytes more than once. */
    public String sealed(String json) {
        return sealed(json, signingKey);
    }

    private static String sealed(String json, JWK signer) {
        return JoseEnvelope.seal(json.getBytes(StandardCharsets.UTF_8), signer, serverKey(KeyUse.ENCRYPTION));
    }

    public IntegratorAnswer post(String path, String json) {
        return post(path, json, signingKey);
    }

    /** Sends the JWE base64url-encoded once more, as some SDKs do, and expects the answer wrapped the same way. */
    public IntegratorAnswer postWrapped(String path, String json) {
        return send(
                path,
                JOSE,
                Base64URL.encode(sealed(json)).toString(),
                wrapped -> open(new String(new Base64URL(wrapped).decode(), StandardCharsets.US_ASCII)));
    }

    /** Signs, encrypts and posts with one more header, e.g. an {@code Accept} that names another media type. */
    public IntegratorAnswer postWith(String path, String json, String header, String value) {
        return send(
                jose(path)
                        .header(header, value)
                        .POST(HttpRequest.BodyPublishers.ofString(sealed(json)))
                        .build(),
                path,
                this::open);
    }

    /** Signs, encrypts, then gzips the body, saying so in {@code Content-Encoding}. */
    public IntegratorAnswer postCompressed(String path, String json) {
        return send(
                jose(path)
                        .header("Content-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(sealed(json))))
                        .build(),
                path,
                this::open);
    }

    /** Posts exactly {@code body}, for the tests of what the server refuses. */
    public IntegratorAnswer postRaw(String path, String contentType, String body) {
        return send(path, contentType, body, this::open);
    }

    /** A GET where the dialect takes POST only. */
    public IntegratorAnswer get(String path) {
        return send(
                HttpRequest.newBuilder(ServerUnderTest.baseUrl().resolve(path))
                        .GET()
                        .build(),
                path,
                this::open);
    }

    private IntegratorAnswer send(String path, String contentType, String body, Function<String, byte[]> opener) {
        return send(
                HttpRequest.newBuilder(ServerUnderTest.baseUrl().resolve(path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                path,
                opener);
    }

    private IntegratorAnswer send(HttpRequest request, String path, Function<String, byte[]> opener) {
        try {
            return IntegratorAnswer.read(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), opener);
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer " + request.method() + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder jose(String path) {
        return HttpRequest.newBuilder(ServerUnderTest.baseUrl().resolve(path)).header("Content-Type", JOSE);
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    /** A code that sendOtp texted to a fresh phone number, under a fresh requestId. */
    public SentCode sendToFreshPhone() {
        String phone = CardSystem.freshPhone();
        String sendId = requestId();
        return new SentCode(sendId, phone, codeSent(sendOtp(sendId, phone), phone));
    }

    /** A sendOtp's requestId, the phone number it texted and the code. */
    public record SentCode(String sendRequestId, String phone, String code) {}

    /** A verifyOtp of {@code otp} for the sendOtp {@code sendRequestId}, under a fresh requestId. */
    public IntegratorAnswer verify(String sendRequestId, String otp) {
        return post(
                VERIFY_OTP, verifyOtp(requestId(), sendRequestId, otp).build().toString());
    }

    /** Posts a sendOtp that texts {@code phone}, and returns the code it texted. */
    public String codeSent(JsonObjectBuilder sendOtpBody, String phone) {
        return SmsSink.codeOfNextText(phone, () -> {
            IntegratorAnswer sent = post(SEND_OTP, sendOtpBody.build().toString());
            if (!"SUCCESS".equals(sent.result())) {
                throw new AssertionError("sendOtp failed: " + sent);
            }
        });
    }

    /** Decrypts with this platform's key and verifies the server's signature. */
    public byte[] open(String sealed) {
        return JoseEnvelope.open(
                        sealed,
                        List.of(encryptionKey),
                        kid -> List.of(new JoseEnvelope.SenderKey<>("server", serverKey(KeyUse.SIGNATURE))))
                .json();
    }

    /** A requestHeader as the seed shows it, stamped now. */
    public static JsonObjectBuilder header(String requestId) {
        return Json.createObjectBuilder()
                .add(
                        "protocolVersion",
                        Json.createObjectBuilder()
                                .add("major", 1)
                                .add("minor", 0)
                                .add("revision", 0))
                .add("requestId", requestId)
                .add("requestTimestamp", Long.toString(System.currentTimeMillis()));
    }

    /** A sendOtp body for a first association by phone number, as in seed 004's documentation. */
    public static JsonObjectBuilder sendOtp(String requestId, String phone) {
        return Json.createObjectBuilder()
                .add("requestHeader", header(requestId))
                .add("accountPhoneNumber", phone)
                .add("smsMatchingToken", "AB12345678C")
                .add("otpContext", Json.createObjectBuilder().add("association", Json.createObjectBuilder()));
    }

    public static JsonObjectBuilder verifyOtp(String requestId, String sendOtpRequestId, String otp) {
        return Json.createObjectBuilder()
                .add("requestHeader", header(requestId))
                .add("sendOtpRequestId", sendOtpRequestId)
                .add("otp", otp);
    }

    public static String requestId() {
        return "it-" + UUID.randomUUID();
    }

    /** The server's published public key of that use, from the file it wrote beside its private keys. */
    public static JWK serverKey(KeyUse use) {
        try {
            Path published = Path.of(System.getProperty("otp.it.gsp-server-keys") + ".pub");
            return JWKSet.parse(Files.readString(published)).getKeys().stream()
                    .filter(key -> use.equals(key.getKeyUse()))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read the server's public payment-integrator keys", e);
        }
    }

    public static JWK rsa(KeyUse use) {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(use)
                    .keyID(use.identifier() + "-" + UUID.randomUUID())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
