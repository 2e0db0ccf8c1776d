package dev.otpserver.systemtest.gateway;

import static dev.otpserver.systemtest.support.PaymentPlatform.SEND_OTP;
import static dev.otpserver.systemtest.support.PaymentPlatform.requestId;
import static dev.otpserver.systemtest.support.PaymentPlatform.sendOtp;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.IntegratorAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.SmsSink;
import dev.otpserver.systemtest.support.Wallet;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Real clients work unchanged: what the family's official SDKs (Java, Python, PHP, Go) and curl put on the
 * wire, byte for byte where it differs from our own test clients, is answered as theirs is by the family's
 * gateway: JSON whatever Accept says, every header name case, Content-Type, Request-Time and Signature spelling
 * the SDKs send, several calls on one kept-alive connection, a body after 100-continue or in chunks, the request
 * target in absolute form. What the gateway does not take (a compressed body) is the dialect's own clear refusal.
 */
class RealClientVariantsIT extends DeployedEar {

    private static final String QUERY_OTP_CONFIG = "/amsin/api/v1/business/worldcard/queryOtpConfig";
    private static final String UPDATE_OTP_NOTIFY_CONFIG = "/amsin/api/v1/business/worldcard/updateOtpNotifyConfig";
    private static final URI ORIGIN = ServerUnderTest.baseUrl();

    private final Partner partner = Partner.register();

    @Test
    void javaSdkCallsWithTheirTextOnlyAcceptGetSignedJsonAndTheCodeVerifies() {
        String phone = CardSystem.freshPhone();
        AdminClient admin = AdminClient.admin();
        String token = admin.issueToken(admin.createUser(null, phone, "en"), partner.clientId());
        String requestId = "it-" + UUID.randomUUID();

        WireAnswer init = send(WireCall.javaSdk(
                partner,
                Wallet.INIT,
                "{\"authenticationType\":\"OTP\",\"authenticationRequestId\":\""
                        + requestId
                        + "\",\"authenticationChannelType\":\"SMS\",\"userIdentityType\":\"WALLET_TOKEN\",\"userIdentityValue\":\""
                        + token + "\"}"));
        String code = SmsSink.codeIn(SmsSink.textsTo(phone, 1).get(0));
        WireAnswer verify = send(WireCall.javaSdk(
                partner,
                Wallet.VERIFY,
                "{\"authenticationType\":\"OTP\",\"authenticationRequestId\":\"" + requestId
                        + "\",\"authenticationValue\":\"" + code + "\"}"));

        assertAll(
                () -> assertSignedSuccess(init),
                () -> assertTrue(
                        init.response().header("Content-Type").orElse("").startsWith("application/json"),
                        init.toString()),
                () -> assertSignedSuccess(verify),
                () -> assertEquals("true", verify.json().getString("isPassed"), verify.toString()));
    }

    @Test
    void anyAcceptHeaderOfTheSignedGatewayIsAnsweredWithSignedJson() {
        assertEach(
                List.of(
                        "text/html",
                        "application/xml",
                        "text/plain, application/json;q=0",
                        "image/png;q=0.5",
                        "*/*",
                        "application/json",
                        "no/such;;q=x"),
                accept -> assertSignedSuccess(send(queryOtpConfig().header("Accept", accept))));
    }

    @Test
    void anyAcceptHeaderOfThePaymentIntegratorDialectIsAnsweredWithItsSealedJose() {
        PaymentPlatform platform = PaymentPlatform.register();

        assertEach(
                List.of("text/html", "application/json", "text/plain,text/xml,text/javascript,text/html"), accept -> {
                    String json = sendOtp(requestId(), CardSystem.freshPhone())
                            .build()
                            .toString();
                    IntegratorAnswer sent = platform.postWith(SEND_OTP, json, "Accept", accept);
                    assertAll(
                            sent.toString(),
                            () -> assertEquals(200, sent.status()),
                            () -> assertTrue(sent.sealed()),
                            () -> assertEquals("SUCCESS", sent.result()));
                });
    }

    @Test
    void anyAcceptHeaderOfTheAdminApiIsAnsweredWithJson() {
        assertEach(List.of("text/html", "application/xml", "no/such;;q=x"), accept -> {
            AdminClient.Answer found = AdminClient.admin().getAccepting("/admin/clients/" + partner.clientId(), accept);
            assertAll(
                    found.toString(),
                    () -> assertEquals(200, found.status()),
                    () -> assertTrue(found.contentType().startsWith("application/json")),
                    () -> assertEquals(partner.clientId(), found.json().getString("clientId")));
        });
    }

    @Test
    void pythonSdkCallWithAnAbsoluteTargetGetsItsAnswerHeadersInTheLowerCaseItLooksFor() {
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
                .format(Instant.now().atOffset(ZoneOffset.UTC));

        WireAnswer answer = send(queryOtpConfig()
                .absoluteTarget(ORIGIN)
                .requestTime(now)
                .header("Content-type", "application/json; charset=UTF-8")
                .header("Cache-Control", "no-cache")
                .header("Connection", "Keep-Alive")
                .header("User-Agent", "global-sdk-python"));

        assertAll(
                answer.toString(),
                () -> assertSignedSuccess(answer),
                () -> assertEquals(partner.clientId(), answer.headerSpelledExactly("client-id")),
                () -> assertNotNull(answer.headerSpelledExactly("response-time")),
                () -> assertNotNull(answer.headerSpelledExactly("signature")));
    }

    /** Four such clients at once, each call its own body: WildFly's Undertow once lost the path's first segments. */
    @Test
    void pythonSdkCallsWithAnAbsoluteTargetAreEachSignedAsSentUnderConcurrentLoad() throws Exception {
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
                .format(Instant.now().atOffset(ZoneOffset.UTC));
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<WireAnswer>> answers = new ArrayList<>();
            for (int call = 0; call < 100; call++) {
                String body = "{\"note\":\"python-" + call + "\"}";
                answers.add(clients.submit(() -> send(WireCall.javaSdk(partner, QUERY_OTP_CONFIG, body)
                        .absoluteTarget(ORIGIN)
                        .requestTime(now)
                        .header("User-Agent", "global-sdk-python"))));
            }
            for (Future<WireAnswer> answer : answers) {
                assertSignedSuccess(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void phpSdkCallWithAColonLessOffsetAndNoSpaceAfterColonsIsAnswered() {
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
                .format(Instant.now().atOffset(ZoneOffset.UTC));

        WireAnswer answer = send(queryOtpConfig()
                .requestTime(now)
                .noSpaceAfterColons()
                .header("Accept", "*/*")
                .header("User-Agent", "global-sdk-php")
                .header("Connection", null));

        assertSignedSuccess(answer);
        assertTrue(
                answer.response().header("response-time").orElse("").contains("T"),
                "answered in ISO-8601 too: " + answer);
    }

    @Test
    void goSdkCallWithNanosecondTimeAndTwoContentTypesIsAnsweredInNanoseconds() {
        String now = Long.toString(System.currentTimeMillis()) + "000000";

        WireAnswer answer = send(queryOtpConfig()
                .requestTime(now)
                .header("Content-Type", "application/json")
                .twinHeader("Content-Type", "application/json; charset=UTF-8")
                .header("Key-Version", "1")
                .header("client-id", null)
                .header("Client-Id", partner.clientId())
                .header("Accept", null)
                .header("User-Agent", "Go-http-client/1.1")
                .header("Accept-Encoding", "gzip"));

        assertSignedSuccess(answer);
        assertEquals(19, answer.response().header("response-time").orElse("").length(), answer.toString());
    }

    @Test
    void headerNamesAreReadInAnyCase() {
        assertAll(
                () -> assertSignedSuccess(send(queryOtpConfig().headerNames(name -> name.toLowerCase(Locale.ROOT)))),
                () -> assertSignedSuccess(send(queryOtpConfig().headerNames(name -> name.toUpperCase(Locale.ROOT)))));
    }

    @Test
    void contentTypeIsReadInEverySpellingOfJsonInUtf8() {
        assertEach(
                List.of(
                        "application/json; charset=utf-8",
                        "application/json;charset=UTF8",
                        "application/json; charset=\"UTF-8\"",
                        "application/json;charset=UTF-8;version=1",
                        "application/json",
                        "Application/JSON; Charset=utf-8"),
                contentType -> assertSignedSuccess(send(queryOtpConfig().header("Content-Type", contentType))));
    }

    @Test
    void requestTimeIsReadInEverySdksSpelling() {
        Instant now = Instant.now();
        assertEach(
                List.of(
                        Long.toString(now.toEpochMilli()),
                        now.getEpochSecond() + String.format("%09d", now.getNano()),
                        DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)),
                        DateTimeFormatter.ISO_INSTANT.format(now),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.atOffset(ZoneOffset.ofHoursMinutes(5, 30))),
                        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")
                                .format(now.atOffset(ZoneOffset.ofHours(-5)))),
                time -> assertSignedSuccess(send(queryOtpConfig().requestTime(time))));
    }

    @Test
    void signatureHeaderIsReadWithAnySpacingAndOrderAndWithoutKeyVersion() {
        assertEach(
                List.of(
                        "algorithm=RSA256, keyVersion=1, signature=%s",
                        "signature=%s,keyVersion=1,algorithm=RSA256",
                        "keyVersion=1 , algorithm=RSA256 , signature=%s",
                        "algorithm=RSA256,signature=%s"),
                spelling -> assertSignedSuccess(send(queryOtpConfig().signatureSpelled(spelling))));
    }

    @Test
    void severalSignedCallsShareOneKeptAliveConnection() {
        try (KeptAliveConnection connection = KeptAliveConnection.to(ORIGIN)) {
            WireAnswer before = connection.send(queryOtpConfig());
            WireAnswer update = connection.send(
                    WireCall.javaSdk(partner, UPDATE_OTP_NOTIFY_CONFIG, "{\"otpApiNotifyPreference\":\"ON\"}"));
            WireAnswer after = connection.send(queryOtpConfig());

            assertAll(
                    () -> assertSignedSuccess(before),
                    () -> assertEquals("OFF", before.json().getString("otpApiNotifyPreference")),
                    () -> assertSignedSuccess(update),
                    () -> assertSignedSuccess(after),
                    () -> assertEquals("ON", after.json().getString("otpApiNotifyPreference")));
        }
    }

    @Test
    void aBodyOverOneKibibyteSentAfterHundredContinueIsAnswered() {
        try (KeptAliveConnection connection = KeptAliveConnection.to(ORIGIN)) {
            KeptAliveConnection.Continued answers = connection.sendAfterContinue(
                    WireCall.javaSdk(partner, QUERY_OTP_CONFIG, "{\"note\":\"" + "x".repeat(2_000) + "\"}"));

            assertEquals(100, answers.interim().status(), answers.interim().toString());
            assertSignedSuccess(answers.last());
        }
    }

    @Test
    void aChunkedBodyIsReadWhole() {
        assertSignedSuccess(send(WireCall.javaSdk(partner, QUERY_OTP_CONFIG, "{\"note\":\"" + "y".repeat(300) + "\"}")
                .chunkedBody()));
    }

    @Test
    void aClientThatAcceptsGzipGetsAnAnswerWhoseSignatureVerifiesOnceDecompressed() {
        WireAnswer answer = send(queryOtpConfig().header("Accept-Encoding", "gzip, deflate"));

        assertSignedSuccess(answer);
        assertTrue(
                answer.response().header("Content-Encoding").orElse("gzip").equalsIgnoreCase("gzip"),
                answer.toString());
    }

    @Test
    void aCompressedRequestBodyIsRefusedClearlyInEachDialect() {
        WireAnswer gateway = send(queryOtpConfig().gzipBody());
        IntegratorAnswer integrator = PaymentPlatform.register()
                .postCompressed(
                        SEND_OTP,
                        sendOtp(requestId(), CardSystem.freshPhone()).build().toString());

        assertAll(
                () -> assertEquals("MEDIA_TYPE_NOT_ACCEPTABLE", gateway.resultCode(), gateway.toString()),
                () -> assertTrue(gateway.signedByServer(), gateway.toString()),
                () -> assertEquals(400, integrator.status(), integrator.toString()),
                () -> assertEquals("INVALID_PAYLOAD_ENCRYPTION", integrator.errorCode()),
                () -> assertTrue(integrator.description().contains("Content-Encoding"), integrator.description()));
    }

    @Test
    void aTrailingSlashNamesTheSameApiInEachDialectAndIsSignedAsSent() {
        WireAnswer gateway = send(WireCall.javaSdk(partner, QUERY_OTP_CONFIG + "/", "{}"));
        IntegratorAnswer integrator = PaymentPlatform.register()
                .post(
                        SEND_OTP + "/",
                        sendOtp(requestId(), CardSystem.freshPhone()).build().toString());

        assertAll(
                () -> assertSignedSuccess(gateway),
                () -> assertEquals("SUCCESS", integrator.result(), integrator.toString()));
    }

    private WireCall queryOtpConfig() {
        return WireCall.javaSdk(partner, QUERY_OTP_CONFIG, "{}");
    }

    /** Each call on a connection of its own, closed after the answer. */
    private static WireAnswer send(WireCall call) {
        try (KeptAliveConnection connection = KeptAliveConnection.to(ORIGIN)) {
            return connection.send(call);
        }
    }

    private static void assertSignedSuccess(WireAnswer answer) {
        assertAll(
                answer.toString(),
                () -> assertEquals(200, answer.status()),
                () -> assertEquals("SUCCESS", answer.resultCode()),
                () -> assertTrue(answer.signedByServer(), "the answer's signature verifies over the body received"));
    }

    /** Every variant is tried, and every failing one reported, not just the first. */
    private static <T> void assertEach(List<T> variants, Consumer<T> check) {
        assertAll(variants.stream().map(variant -> (Executable) () -> {
            try {
                check.accept(variant);
            } catch (AssertionError | RuntimeException failed) {
                throw new AssertionError("with " + variant + ": " + failed.getMessage(), failed);
            }
        }));
    }
}
