import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A partner's first signed OTP round trip, with the JDK alone: send a code to the demo user by SMS
 * (initAuthentication), read it from the development SMS sink, verify it (verifyAuthentication).
 * Every request is signed as the demo partner DEMO_CLIENT and every answer's signature is checked.
 *
 * <pre>
 *   ./otp run                      # in one terminal, wait for "Ready"
 *   java examples/FirstCall.java   # in another, from the repository root
 * </pre>
 *
 * Options (or the same environment variables that examples/signed-call.sh reads):
 * --url URL (OTP_URL, default https://localhost:8181), --ca PEM (OTP_CA, the certificate to trust for HTTPS,
 * default .run/tls/server.crt as made by ./otp run), --key PEM (OTP_CLIENT_KEY, default
 * servers/seed/demo-client-private.pem), --server-key PEM (OTP_SERVER_KEY, default .run/server-key.pem.pub),
 * --sms-sink FILE (OTP_SMS_SINK, default .run/sms-sink.jsonl), --ask (type the code at a prompt instead of
 * reading it from the sink).
 */
public class FirstCall {

    static final String CLIENT_ID = "DEMO_CLIENT";
    static final int KEY_VERSION = 1;
    static final String PHONE = "+15550100001"; // demo-user's phone in servers/seed/demo-seed.json
    static final String INIT = "/ams/api/v1/users/initAuthentication";
    static final String VERIFY = "/ams/api/v1/users/verifyAuthentication";

    static HttpClient http;

    public static void main(String[] args) throws Exception {
        checkArguments(args);
        String url = option(args, "--url", "OTP_URL", "https://localhost:8181");
        http = client(Path.of(option(args, "--ca", "OTP_CA", ".run/tls/server.crt")));
        PrivateKey clientKey = privateKey(Path.of(
                option(args, "--key", "OTP_CLIENT_KEY", "servers/seed/demo-client-private.pem")));
        PublicKey serverKey = publicKey(Path.of(
                option(args, "--server-key", "OTP_SERVER_KEY", ".run/server-key.pem.pub")));
        Path sink = Path.of(option(args, "--sms-sink", "OTP_SMS_SINK", ".run/sms-sink.jsonl"));
        boolean ask = List.of(args).contains("--ask");

        // The idempotency key of the code: a fresh one, so that every run sends a new code.
        String requestId = "first-call-" + UUID.randomUUID();
        // Remember where the sink ends now, so that an older SMS is never mistaken for this one.
        long sinkLinesBefore = lineCount(sink);

        String init = call(url, INIT, clientKey, serverKey, "{\"authenticationType\":\"OTP\","
                + "\"authenticationRequestId\":\"" + requestId + "\",\"authenticationChannelType\":\"SMS\","
                + "\"userIdentityType\":\"WALLET_TOKEN\",\"userIdentityValue\":\"demo-wallet-token\"}");
        if (!"SUCCESS".equals(resultCode(init))) {
            // e.g. SEND_TIMES_EXCEED_LIMIT: one code per user and channel every 30 s, five in 15 min
            throw fail("initAuthentication answered " + resultCode(init));
        }

        String code = ask ? codeFromPrompt() : codeFromSink(sink, sinkLinesBefore);
        String verify = call(url, VERIFY, clientKey, serverKey, "{\"authenticationType\":\"OTP\","
                + "\"authenticationRequestId\":\"" + requestId + "\",\"authenticationValue\":\"" + code + "\"}");
        if (!"SUCCESS".equals(resultCode(verify))) {
            throw fail("verifyAuthentication answered " + resultCode(verify));
        }
        System.out.println("Done: the code was verified.");
    }

    /** POSTs a signed body, prints the answer and whether the server's signature on it verifies. */
    static String call(String url, String path, PrivateKey clientKey, PublicKey serverKey, String body)
            throws Exception {
        String requestTime = Long.toString(System.currentTimeMillis()); // 13-digit epoch millis
        String signature = sign(clientKey, signingString(path, CLIENT_ID, requestTime, body));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Client-Id", CLIENT_ID)
                .header("Request-Time", requestTime)
                .header("Signature", "algorithm=RSA256,keyVersion=" + KEY_VERSION + ",signature="
                        + URLEncoder.encode(signature, StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        System.out.println("> POST " + path);
        System.out.println("  " + body);

        // Bytes, not a String: the server signed the exact bytes it sent.
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw fail("no server at " + url + " (start it with ./otp run and wait for Ready)");
        }
        String answer = new String(response.body(), StandardCharsets.UTF_8);
        System.out.println("< HTTP " + response.statusCode());
        System.out.println("  " + answer);
        if (!verified(response, path, serverKey)) {
            throw fail("the response signature DOES NOT VERIFY");
        }
        System.out.println("  Response signature: verified");
        return answer;
    }

    /** An HTTP client that trusts the certificate in {@code ca} (where it exists) beside the JDK's own authorities. */
    static HttpClient client(Path ca) throws Exception {
        if (!Files.exists(ca)) {
            return HttpClient.newHttpClient();
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (var in = Files.newInputStream(ca)) {
            trusted.setCertificateEntry("otp-server", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    /** {@code POST <path>\n<Client-Id>.<time>.<body>}: what both sides sign, as UTF-8 bytes. */
    static byte[] signingString(String path, String clientId, String time, String body) {
        return ("POST " + path + "\n" + clientId + "." + time + "." + body).getBytes(StandardCharsets.UTF_8);
    }

    static String sign(PrivateKey key, byte[] data) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(data);
        return Base64.getEncoder().encodeToString(rsa.sign());
    }

    /** The server signs {@code POST <path>\n<its Client-Id>.<Response-Time>.<body>} with its own key. */
    static boolean verified(HttpResponse<byte[]> response, String path, PublicKey serverKey) throws Exception {
        String clientId = response.headers().firstValue("Client-Id").orElse("");
        String responseTime = response.headers().firstValue("Response-Time").orElse("");
        Matcher header = Pattern.compile("signature=(\\S+)")
                .matcher(response.headers().firstValue("Signature").orElse(""));
        if (!header.find()) {
            return false;
        }
        byte[] head = ("POST " + path + "\n" + clientId + "." + responseTime + ".").getBytes(StandardCharsets.UTF_8);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(serverKey);
        rsa.update(head);
        rsa.update(response.body());
        return rsa.verify(Base64.getDecoder().decode(URLDecoder.decode(header.group(1), StandardCharsets.UTF_8)));
    }

    /** Waits up to 10 s for a new SMS to the demo phone in the sink and takes the code out of its text. */
    static String codeFromSink(Path sink, long skipLines) throws Exception {
        Pattern code = Pattern.compile("\\b(\\d{4,10})\\b"); // a code has 4 to 10 digits, in any language
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            List<String> lines = Files.exists(sink) ? Files.readAllLines(sink) : List.of();
            for (int i = lines.size() - 1; i >= skipLines; i--) { // newest first
                String line = lines.get(i);
                Matcher matcher = code.matcher(jsonString(line, "text"));
                if (PHONE.equals(jsonString(line, "to")) && matcher.find()) {
                    System.out.println("SMS to " + PHONE + " (from " + sink + "): " + jsonString(line, "text"));
                    return matcher.group(1);
                }
            }
            Thread.sleep(500); // the server's outbox sends within a few seconds
        }
        throw fail("no SMS to " + PHONE + " in " + sink + " after 10 s (is the server's SMS gateway the sink?)");
    }

    /** For a real phone, or to read the sink yourself: the code as typed. */
    static String codeFromPrompt() throws IOException {
        System.out.print("Code from the SMS: ");
        System.out.flush();
        String typed = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (typed == null || !typed.strip().matches("\\d{4,10}")) {
            throw fail("a code is 4 to 10 digits");
        }
        return typed.strip();
    }

    /** A string field of a flat JSON line; enough for the sink's own lines, not a JSON parser. */
    static String jsonString(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    static String resultCode(String answer) {
        return jsonString(answer, "resultCode");
    }

    static long lineCount(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }

    static PrivateKey privateKey(Path pem) throws Exception {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pemBytes(pem, "PRIVATE KEY")));
    }

    static PublicKey publicKey(Path pem) throws Exception {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pemBytes(pem, "PUBLIC KEY")));
    }

    /** The DER inside a PEM file: PKCS#8 for a private key, X.509 SubjectPublicKeyInfo for a public one. */
    static byte[] pemBytes(Path pem, String type) throws IOException {
        if (!Files.exists(pem)) {
            throw fail(pem + " not found (run from the repository root, after ./otp run printed Ready)");
        }
        String text = Files.readString(pem);
        if (!text.contains("-----BEGIN " + type + "-----")) {
            throw fail(pem + " is not a '" + type + "' PEM file");
        }
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
    }

    /** A typo in an option should stop the run, not be ignored silently. */
    static void checkArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (List.of("--url", "--ca", "--key", "--server-key", "--sms-sink").contains(args[i]) && i + 1 < args.length) {
                i++;
            } else if (!args[i].equals("--ask")) {
                throw fail("unknown argument " + args[i] + "; usage: java examples/FirstCall.java"
                        + " [--url URL] [--ca PEM] [--key PEM] [--server-key PEM] [--sms-sink FILE] [--ask]");
            }
        }
    }

    /** {@code --name value} on the command line, else the environment variable, else the default. */
    static String option(String[] args, String name, String env, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        String fromEnv = env == null ? null : System.getenv(env);
        return fromEnv != null && !fromEnv.isEmpty() ? fromEnv : fallback;
    }

    /** Ends the program with exit status 1; returns only to let callers write {@code throw fail(...)}. */
    static RuntimeException fail(String why) {
        System.err.println("FAILED: " + why);
        System.exit(1);
        return new IllegalStateException(why);
    }
}
