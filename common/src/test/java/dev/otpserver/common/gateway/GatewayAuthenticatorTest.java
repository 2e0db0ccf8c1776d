package dev.otpserver.common.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.result.ResultCode;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import dev.otpserver.common.signature.TestVectors;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayAuthenticatorTest {

    private static final String PATH = "/amsin/api/v1/business/worldcard/queryOtpConfig";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String BODY = "{\"note\":\"x\"}";

    private final Map<String, PartnerKeys> clients = new HashMap<>(Map.of(
            "PARTNER_A", new PartnerKeys("PARTNER_A", "Partner A", true, Map.of(1, TestVectors.publicKey())),
            "PARTNER_OFF", new PartnerKeys("PARTNER_OFF", "Partner Off", false, Map.of(1, TestVectors.publicKey())),
            "PARTNER_ROTATED",
                    new PartnerKeys(
                            "PARTNER_ROTATED",
                            "Partner Rotated",
                            true,
                            Map.of(1, anotherPublicKey(), 2, TestVectors.publicKey()))));
    private final GatewayAuthenticator authenticator = new GatewayAuthenticator(
            id -> Optional.ofNullable(clients.get(id)), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    @Test
    void acceptsASignedRequestAndNamesItsCaller() {
        AuthenticatedCall call = authenticator.authenticate(
                signed("PARTNER_A", "1767225600000", BODY).build());

        assertEquals("PARTNER_A", call.clientId());
        assertEquals("x", call.body().getString("note"));
    }

    @Test
    void acceptsIsoRequestTimeWithOffset() {
        AuthenticatedCall call = authenticator.authenticate(
                signed("PARTNER_A", "2026-01-01T08:03:00+08:00", BODY).build());

        assertEquals(Instant.parse("2026-01-01T00:03:00Z"), call.requestTime().instant());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json; charset=UTF-8",
                "application/json;charset=UTF-8",
                "application/json",
                "application/json; charset=utf-8",
                "application/json; charset=UTF8",
                "application/json; charset=\"UTF-8\"",
                "APPLICATION/JSON; CHARSET=UTF-8",
                "application/json; charset=UTF-8; version=1",
                "application/json ; charset = utf-8"
            })
    void acceptsJsonInUtf8HoweverTheContentTypeIsSpelled(String contentType) {
        AuthenticatedCall call = authenticator.authenticate(signed("PARTNER_A", "1767225600000", BODY)
                .header("Content-Type", contentType)
                .build());

        assertEquals("PARTNER_A", call.clientId());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1767225600000123456",
                "2026-01-01T00:00:00Z",
                "2026-01-01T00:00:00.123Z",
                "2026-01-01T08:00:00+08:00",
                "2026-01-01T08:00:00+0800"
            })
    void acceptsEveryRequestTimeSpellingOfTheFamilysSdks(String requestTime) {
        AuthenticatedCall call = authenticator.authenticate(
                signed("PARTNER_A", requestTime, BODY).build());

        assertEquals(requestTime, call.requestTime().text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "algorithm=RSA256, keyVersion=1, signature=%s",
                "signature=%s,keyVersion=1,algorithm=RSA256",
                "keyVersion=1, signature=%s, algorithm=RSA256"
            })
    void acceptsTheSignatureHeaderWithAnySpacingAndOrder(String spelling) {
        Request request = signed("PARTNER_A", "1767225600000", BODY);

        AuthenticatedCall call =
                authenticator.authenticate(request.signatureSpelled(spelling).build());

        assertEquals(1, call.keyVersion());
    }

    @Test
    void takesTheLatestKeyWhenTheSignatureHeaderNamesNoVersion() {
        Request request =
                signed("PARTNER_ROTATED", "1767225600000", BODY).signatureSpelled("algorithm=RSA256,signature=%s");

        AuthenticatedCall call = authenticator.authenticate(request.build());

        assertEquals(2, call.keyVersion());
    }

    @Test
    void refusesOtherMethods() {
        assertCode(
                ResultCode.METHOD_NOT_SUPPORTED,
                signed("PARTNER_A", "1767225600000", BODY).method("GET"));
    }

    @Test
    void refusesOtherMediaTypes() {
        assertCode(
                ResultCode.MEDIA_TYPE_NOT_ACCEPTABLE,
                signed("PARTNER_A", "1767225600000", BODY).header("Content-Type", "text/plain"));
        assertCode(
                ResultCode.MEDIA_TYPE_NOT_ACCEPTABLE,
                signed("PARTNER_A", "1767225600000", BODY)
                        .header("Content-Type", "application/json; charset=ISO-8859-1"));
        assertCode(
                ResultCode.MEDIA_TYPE_NOT_ACCEPTABLE,
                signed("PARTNER_A", "1767225600000", BODY)
                        .header("Content-Type", "application/json; charset=no-such-charset"));
        assertCode(
                ResultCode.MEDIA_TYPE_NOT_ACCEPTABLE,
                signed("PARTNER_A", "1767225600000", BODY).header("Content-Type", "application/json;;"));
        assertCode(
                ResultCode.MEDIA_TYPE_NOT_ACCEPTABLE,
                signed("PARTNER_A", "1767225600000", BODY).header("Content-Type", "application/jsonx"));
    }

    @Test
    void refusesACompressedBodyAsNotAcceptable() {
        assertCode(
                ResultCode.MEDIA_TYPE_NOT_ACCEPTABLE,
                signed("PARTNER_A", "1767225600000", BODY).header("Content-Encoding", "gzip"));
    }

    @Test
    void takesIdentityEncodingAsNoEncoding() {
        AuthenticatedCall call = authenticator.authenticate(signed("PARTNER_A", "1767225600000", BODY)
                .header("Content-Encoding", "identity")
                .build());

        assertEquals("PARTNER_A", call.clientId());
    }

    @Test
    void refusesMissingOrMalformedHeadersAsIllegalParameters() {
        assertCode(
                ResultCode.PARAM_ILLEGAL,
                signed("PARTNER_A", "1767225600000", BODY).header("Client-Id", null));
        assertCode(
                ResultCode.PARAM_ILLEGAL,
                signed("PARTNER_A", "1767225600000", BODY).header("Request-Time", null));
        assertCode(
                ResultCode.PARAM_ILLEGAL,
                signed("PARTNER_A", "1767225600000", BODY).header("Request-Time", "yesterday"));
        assertCode(
                ResultCode.PARAM_ILLEGAL,
                signed("PARTNER_A", "1767225600000", BODY).header("Signature", null));
        assertCode(
                ResultCode.PARAM_ILLEGAL,
                signed("PARTNER_A", "1767225600000", BODY).header("Signature", "signature=abc"));
    }

    @Test
    void refusesStaleAndFutureRequestTimes() {
        assertCode(ResultCode.PARAM_ILLEGAL, signed("PARTNER_A", "1767225299000", BODY));
        assertCode(ResultCode.PARAM_ILLEGAL, signed("PARTNER_A", "1767225901000", BODY));
    }

    @Test
    void refusesUnknownAndDisabledClients() {
        assertCode(ResultCode.CLIENT_INVALID, signed("NOBODY", "1767225600000", BODY));
        assertCode(ResultCode.CLIENT_INVALID, signed("PARTNER_OFF", "1767225600000", BODY));
    }

    @Test
    void refusesUnknownKeyVersions() {
        assertCode(
                ResultCode.KEY_NOT_FOUND,
                signed("PARTNER_A", "1767225600000", BODY).keyVersion(7));
    }

    @Test
    void refusesATamperedBody() {
        assertCode(
                ResultCode.INVALID_SIGNATURE,
                signed("PARTNER_A", "1767225600000", BODY).body("{\"note\":\"y\"}"));
    }

    @Test
    void refusesASignatureOverAnotherPath() {
        assertCode(
                ResultCode.INVALID_SIGNATURE,
                signed("PARTNER_A", "1767225600000", BODY).uri("/amsin/api/v1/other"));
    }

    @Test
    void refusesBodiesThatAreNotJsonOrNotStrings() {
        assertCode(ResultCode.PARAM_ILLEGAL, signed("PARTNER_A", "1767225600000", "not json"));
        assertCode(ResultCode.PARAM_ILLEGAL, signed("PARTNER_A", "1767225600000", "{\"amount\":20}"));
    }

    private void assertCode(ResultCode expected, Request request) {
        GatewayException refused =
                assertThrows(GatewayException.class, () -> authenticator.authenticate(request.build()));
        assertEquals(expected, refused.code(), refused.getMessage());
    }

    private static PublicKey anotherPublicKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPublic();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Request signed(String clientId, String requestTime, String body) {
        return new Request(clientId, requestTime, body);
    }

    /** A request signed with the test vector key, then changed by the test where it wants. */
    private static final class Request {
        private final Map<String, String> headers = new HashMap<>();
        private String method = "POST";
        private String uri = PATH;
        private String body;
        private final String signature;

        Request(String clientId, String requestTime, String body) {
            this.body = body;
            this.signature = RsaSignatures.sign(
                    TestVectors.privateKey(),
                    SigningString.of("POST", PATH, clientId, requestTime, body.getBytes(StandardCharsets.UTF_8)));
            header("Client-Id", clientId)
                    .header("Request-Time", requestTime)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header("Signature", SignatureHeader.rsa256(1, signature).format());
        }

        Request header(String name, String value) {
            headers.put(name.toLowerCase(Locale.ROOT), value);
            return this;
        }

        Request keyVersion(int version) {
            return header(
                    "Signature", SignatureHeader.rsa256(version, signature).format());
        }

        /** The Signature header written from {@code spelling}, its {@code %s} the URL-encoded signature. */
        Request signatureSpelled(String spelling) {
            return header("Signature", spelling.formatted(URLEncoder.encode(signature, StandardCharsets.UTF_8)));
        }

        Request method(String newMethod) {
            this.method = newMethod;
            return this;
        }

        Request uri(String newUri) {
            this.uri = newUri;
            return this;
        }

        Request body(String newBody) {
            this.body = newBody;
            return this;
        }

        IncomingCall build() {
            return new IncomingCall(
                    method,
                    uri,
                    name -> headers.get(name.toLowerCase(Locale.ROOT)),
                    body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
