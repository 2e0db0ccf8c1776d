import com.alibaba.fastjson.JSON;
import com.alibaba.fastjson.JSONObject;
import com.alipay.global.api.AlipayClient;
import com.alipay.global.api.DefaultAlipayClient;
import com.alipay.global.api.model.ams.AuthenticationChannelType;
import com.alipay.global.api.model.ams.AuthenticationType;
import com.alipay.global.api.model.ams.UserIdentityType;
import com.alipay.global.api.request.ams.users.AlipayInitAuthenticationRequest;
import com.alipay.global.api.request.ams.users.AlipayVerifyAuthenticationRequest;
import com.alipay.global.api.response.ams.users.AlipayInitAuthenticationResponse;
import com.alipay.global.api.response.ams.users.AlipayVerifyAuthenticationResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wallet API vendor's own Java SDK (global-open-sdk-java), unchanged, as a partner uses it against ./otp run:
 * a code to the demo user {@code demo-sdk-user} by SMS and one by EMAIL, each verified, over HTTPS. The SDK signs
 * every request with the demo partner's key and checks the server's signature on every answer.
 *
 * <pre>
 *   ./otp run                                          # wait for "Ready"
 *   mvn -q -f examples/sdk/pom.xml compile exec:java   # from the repository root
 * </pre>
 *
 * Environment: OTP_URL (default https://localhost:8181; the SDK speaks HTTPS only and checks that the server's
 * certificate names the host), OTP_MAIL_API (default http://127.0.0.1:8025, the local mail sink).
 */
public class SdkRoundTrip {

    static final String CLIENT_ID = "DEMO_CLIENT";
    static final String WALLET_TOKEN = "demo-sdk-token"; // demo-sdk-user in servers/seed/demo-seed.json
    static final String PHONE = "+15550100003";
    static final String EMAIL = "demo.sdk@example.com";
    static final Pattern CODE = Pattern.compile("\\b(\\d{4,10})\\b");

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args.length > 0 ? args[0] : ".");
        AlipayClient sdk = new DefaultAlipayClient(env("OTP_URL", "https://localhost:8181"),
                pemBody(repository.resolve("servers/seed/demo-client-private.pem")),
                pemBody(repository.resolve(".run/server-key.pem.pub")), CLIENT_ID);

        roundTrip(sdk, AuthenticationChannelType.SMS, since -> codeFromSmsSink(repository.resolve(".run/sms-sink.jsonl"), since));
        roundTrip(sdk, AuthenticationChannelType.EMAIL, SdkRoundTrip::codeFromMailSink);
        System.out.println("Done: both codes were verified through the vendor's SDK.");
    }

    interface CodeSource {
        String codeSentSince(Instant since) throws Exception;
    }

    static void roundTrip(AlipayClient sdk, AuthenticationChannelType channel, CodeSource codes) throws Exception {
        String requestId = "sdk-" + UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);

        AlipayInitAuthenticationRequest init = new AlipayInitAuthenticationRequest();
        init.setAuthenticationType(AuthenticationType.OTP);
        init.setAuthenticationRequestId(requestId);
        init.setAuthenticationChannelType(channel);
        init.setUserIdentityType(UserIdentityType.WALLET_TOKEN);
        init.setUserIdentityValue(WALLET_TOKEN);
        AlipayInitAuthenticationResponse sent = sdk.execute(init);
        System.out.println("initAuthentication by " + channel + ": " + sent.getResult());
        if (!"SUCCESS".equals(sent.getResult().getResultCode())) {
            // e.g. SEND_TIMES_EXCEED_LIMIT: one code per user and channel every 30 s
            throw new IllegalStateException("initAuthentication answered " + sent.getResult().getResultCode());
        }

        String code = codes.codeSentSince(before);
        AlipayVerifyAuthenticationRequest verify = new AlipayVerifyAuthenticationRequest();
        verify.setAuthenticationType(AuthenticationType.OTP);
        verify.setAuthenticationRequestId(requestId);
        verify.setAuthenticationValue(code);
        AlipayVerifyAuthenticationResponse checked = sdk.execute(verify);
        System.out.println("verifyAuthentication of " + code + ": " + checked.getResult() + ", isPassed " + checked.isPassed());
        if (!checked.isPassed()) {
            throw new IllegalStateException("verifyAuthentication answered " + checked.getResult().getResultCode());
        }
    }

    /** The newest code that the development SMS sink (one JSON line per SMS) received for the demo phone. */
    static String codeFromSmsSink(Path sink, Instant since) throws Exception {
        return waitFor(() -> {
            String code = null;
            for (String line : Files.exists(sink) ? Files.readAllLines(sink) : List.<String>of()) {
                JSONObject sms = JSON.parseObject(line);
                if (sms.getString("to").equals(PHONE) && !Instant.parse(sms.getString("sentAt")).isBefore(since)) {
                    code = codeIn(sms.getString("text"));
                }
            }
            return code;
        });
    }

    /** The code in the newest mail that the local mail sink (GreenMail's API) received for the demo address. */
    static String codeFromMailSink(Instant since) throws Exception {
        URI inbox = URI.create(env("OTP_MAIL_API", "http://127.0.0.1:8025") + "/api/user/" + EMAIL + "/messages/INBOX");
        HttpClient http = HttpClient.newHttpClient();
        return waitFor(() -> {
            String code = null;
            for (JSONObject mail : mails(http, inbox)) {
                String mime = mail.getString("mimeMessage");
                if (!dateOf(mime).isBefore(since.truncatedTo(ChronoUnit.SECONDS))) {
                    code = codeIn(mime.substring(mime.indexOf("Content-Type: text/plain")));
                }
            }
            return code;
        });
    }

    /** The Date header of a MIME message, e.g. "Sun, 6 Dec 2026 17:03:22 +0000 (UTC)". */
    static Instant dateOf(String mime) {
        Matcher date = Pattern.compile("(?m)^Date: ([^(\\r\\n]+)").matcher(mime);
        return date.find() ? ZonedDateTime.parse(date.group(1).trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant() : Instant.EPOCH;
    }

    static List<JSONObject> mails(HttpClient http, URI inbox) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(inbox).build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? JSON.parseArray(answer.body(), JSONObject.class) : List.of();
    }

    interface Attempt {
        String code() throws Exception;
    }

    /** Messages go out from the server's outbox a moment after the answer: look for 15 s at most. */
    static String waitFor(Attempt attempt) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            String code = attempt.code();
            if (code != null) {
                return code;
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("No code arrived within 15 s (is ./otp run up?)");
    }

    static String codeIn(String text) {
        Matcher code = CODE.matcher(text);
        return code.find() ? code.group(1) : null;
    }

    /** The Base64 body of a PEM file: what the SDK takes as a key (PKCS#8 private, X.509 public). */
    static String pemBody(Path pem) throws IOException {
        return Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
