import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.otpserver.common.gsp.JoseEnvelope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payment platform's round trip in the payment-integrator dialect against a running server, as
 * docker/containers.sh runs it against each container: it registers two fresh RSA keys of its own for the
 * client through the admin API, then sends sendOtp and verifyOtp signed (JWS) and encrypted (JWE) to the
 * server's published key, reading the code from the development SMS sink in between, and opens every answer
 * with its own key, checking the server's signature. The envelope is the project's own
 * (dev.otpserver.common.gsp.JoseEnvelope, the code the server runs), so the classpath holds common and
 * Nimbus JOSE+JWT:
 *
 * <pre>
 *   java -cp "$CLASSPATH" docker/check/PaymentIntegratorCall.java URL SERVER_KEYS_PUB ADMIN:PASSWORD CLIENT_ID PHONE SMS_SINK
 * </pre>
 *
 * SERVER_KEYS_PUB is the server's gsp-keys.jwks.pub; the exit status is 0 only when the code verified.
 */
public class PaymentIntegratorCall {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern CODE = Pattern.compile("\\b(\\d{4,10})\\b");

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            throw new IllegalArgumentException(
                    "usage: PaymentIntegratorCall URL SERVER_KEYS_PUB ADMIN:PASSWORD CLIENT_ID PHONE SMS_SINK");
        }
        String url = args[0];
        JWKSet serverKeys = JWKSet.parse(Files.readString(Path.of(args[1])));
        String clientId = args[3];
        String phone = args[4];
        Path sink = Path.of(args[5]);

        JWK signing = register(url, args[2], clientId, KeyUse.SIGNATURE);
        JWK encryption = register(url, args[2], clientId, KeyUse.ENCRYPTION);
        Caller caller = new Caller(url, signing, encryption, serverKeys);

        String sendId = "containers-" + UUID.randomUUID();
        long sinkLines = Files.exists(sink) ? Files.readAllLines(sink).size() : 0;
        expectSuccess(caller.post("/gsp/v1/sendOtp", "{\"requestHeader\":" + header(sendId)
                + ",\"accountPhoneNumber\":\"" + phone + "\",\"smsMatchingToken\":\"AB12345678C\","
                + "\"otpContext\":{\"association\":{}}}"));
        String code = codeFromSink(sink, sinkLines, phone);
        expectSuccess(caller.post("/gsp/v1/verifyOtp", "{\"requestHeader\":" + header("containers-" + UUID.randomUUID())
                + ",\"sendOtpRequestId\":\"" + sendId + "\",\"otp\":\"" + code + "\"}"));
        System.out.println("Done: the code was verified.");
    }

    /** A fresh key of that use, its public half registered for the client through the admin API. */
    static JWK register(String url, String admin, String clientId, KeyUse use) throws Exception {
        JWK key = new RSAKeyGenerator(2048).keyUse(use).keyID(use.identifier() + "-" + UUID.randomUUID()).generate();
        HttpResponse<String> added = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/admin/clients/" + clientId + "/jose-keys"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(key.toPublicJWK().toJSONString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (added.statusCode() != 201) {
            throw new IllegalStateException("registering key " + key.getKeyID() + ": HTTP " + added.statusCode() + " " + added.body());
        }
        return key;
    }

    static String header(String requestId) {
        return "{\"protocolVersion\":{\"major\":1,\"minor\":0,\"revision\":0},\"requestId\":\"" + requestId
                + "\",\"requestTimestamp\":\"" + System.currentTimeMillis() + "\"}";
    }

    static void expectSuccess(Map<String, Object> answer) {
        if (!"SUCCESS".equals(answer.get("result"))) {
            throw new IllegalStateException("FAILED: the answer's result is " + answer.get("result"));
        }
    }

    /** Waits up to 20 s for a new SMS to the phone in the sink (one JSON object a line) and takes its code. */
    static String codeFromSink(Path sink, long skipLines, String phone) throws Exception {
        for (int attempt = 0; attempt < 40; attempt++) {
            List<String> lines = Files.exists(sink) ? Files.readAllLines(sink) : List.of();
            for (String line : lines.subList((int) Math.min(skipLines, lines.size()), lines.size())) {
                Map<String, Object> sms = JSONObjectUtils.parse(line);
                Matcher code = CODE.matcher(String.valueOf(sms.get("text")));
                if (phone.equals(sms.get("to")) && code.find()) {
                    System.out.println("SMS to " + phone + ": " + sms.get("text"));
                    return code.group(1);
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("FAILED: no SMS to " + phone + " in " + sink + " after 20 s");
    }

    /** Seals each request to the server's encryption key and opens each answer, checking the server's signature. */
    record Caller(String url, JWK signing, JWK encryption, JWKSet serverKeys) {

        Map<String, Object> post(String path, String json) throws Exception {
            System.out.println("> POST " + path + "\n  " + json);
            String sealed = JoseEnvelope.seal(json.getBytes(StandardCharsets.UTF_8), signing, serverKey(KeyUse.ENCRYPTION));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
                    .header("Content-Type", "application/jose; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(sealed)).build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !contentType.startsWith("application/jose")) {
                throw new IllegalStateException("FAILED: HTTP " + response.statusCode() + " " + contentType + " " + response.body());
            }
            byte[] opened = JoseEnvelope.open(response.body(), List.of(encryption),
                    kid -> List.of(new JoseEnvelope.SenderKey<>("server", serverKey(KeyUse.SIGNATURE)))).json();
            String answer = new String(opened, StandardCharsets.UTF_8);
            System.out.println("< HTTP 200 (JOSE: decrypted, server signature verified)\n  " + answer);
            return JSONObjectUtils.parse(answer);
        }

        JWK serverKey(KeyUse use) {
            return serverKeys.getKeys().stream().filter(key -> use.equals(key.getKeyUse())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + use.identifier() + " key in the server's published keys"));
        }
    }
}
