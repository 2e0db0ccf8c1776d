package dev.otpserver.web.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.gateway.ResponseSigner;
import dev.otpserver.common.gateway.ResponseSigner.SignedHeaders;
import dev.otpserver.common.gateway.ServerSigningKey;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedExchangeTest {

    private static final byte[] BODY = "{\"result\":{\"resultCode\":\"SUCCESS\"}}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void theAnswerIsSignedOverTheCallersPathQueryAndTheExactBytes() {
        ServerSigningKey key = ServerSigningKey.loadOrCreate(directory.resolve("key.pem"), 2);
        SignedExchange exchange =
                new SignedExchange("POST", "/ams/api/v1/users/verifyAuthentication?x=1", "CLIENT", "1767225600000");

        SignedHeaders signed = exchange.sign(new ResponseSigner(() -> key, clock()), BODY);

        SignatureHeader signature = SignatureHeader.parse(signed.signature()).orElseThrow();
        byte[] signedBytes = SigningString.of(
                "POST", "/ams/api/v1/users/verifyAuthentication?x=1", "CLIENT", signed.responseTime(), BODY);
        assertTrue(RsaSignatures.verify(key.publicKey(), signedBytes, signature.base64Signature()));
        assertEquals(2, signature.keyVersion().getAsInt());
        assertEquals("CLIENT", signed.clientId());
        assertEquals("1767225600000", signed.responseTime());
        byte[] otherBytes = SigningString.of(
                "POST", "/ams/api/v1/users/verifyAuthentication?x=1", "CLIENT", signed.responseTime(), "{}".getBytes());
        assertFalse(RsaSignatures.verify(key.publicKey(), otherBytes, signature.base64Signature()));
    }

    @Test
    void withoutAUsableRequestTimeWorldFirstIsAnsweredInIsoAndAntomInEpochMillis() {
        ResponseSigner signer =
                new ResponseSigner(() -> ServerSigningKey.loadOrCreate(directory.resolve("key.pem"), 1), clock());

        SignedHeaders worldFirst = new SignedExchange(
                        "POST", "/amsin/api/v1/business/worldcard/queryOtpConfig", null, "yesterday")
                .sign(signer, BODY);
        SignedHeaders antom = new SignedExchange("GET", "/ams/nothing", null, null).sign(signer, BODY);

        assertEquals("2026-01-01T00:00:00Z", worldFirst.responseTime().replace("+00:00", "Z"));
        assertEquals("1767225600000", antom.responseTime());
        assertEquals("", worldFirst.clientId());
    }

    private static Clock clock() {
        return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    }
}
