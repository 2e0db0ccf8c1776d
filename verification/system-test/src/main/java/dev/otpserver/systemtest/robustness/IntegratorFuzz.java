package dev.otpserver.systemtest.robustness;

import static dev.otpserver.systemtest.robustness.Garbage.pick;
import static dev.otpserver.systemtest.robustness.Garbage.utf8;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.Base64URL;
import dev.otpserver.common.gsp.JoseEnvelope;
import dev.otpserver.systemtest.robustness.MalformedRequest.Dialect;
import dev.otpserver.systemtest.robustness.MalformedRequest.Header;
import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.PaymentPlatform;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Malformed requests to the payment-integrator dialect (JOSE). Correctly sealed bodies are made once, ahead
 * of the run (JSON that no use case accepts, or sealed with keys the server does not know); the run spoils
 * them and mixes in plain garbage.
 */
final class IntegratorFuzz {

    private static final List<String> PATHS = List.of(PaymentPlatform.SEND_OTP, PaymentPlatform.VERIFY_OTP);
    private static final List<String> ODD_PATHS = List.of(
            "/gsp/v1/unknown",
            "/gsp/v1/",
            "/gsp/v1/sendOtp/x",
            "/gsp/v1/SENDOTP",
            "/gsp/v1/" + "m".repeat(300),
            "/gsp/v1/verifyOtp%00");
    private static final List<String> CONTENT_TYPES =
            List.of("application/json", "text/plain", "application/jose+json", "application/octet-stream", ";;;", "");

    private final URI origin;
    private final List<String> sealed = new ArrayList<>();

    IntegratorFuzz(URI origin, PaymentPlatform platform, Random random) {
        this.origin = origin;
        JWK serverKey = PaymentPlatform.serverKey(KeyUse.ENCRYPTION);
        JWK stranger = PaymentPlatform.rsa(KeyUse.SIGNATURE);
        JWK otherRecipient = PaymentPlatform.rsa(KeyUse.ENCRYPTION).toPublicJWK();
        for (String json : malformedJson(random)) {
            sealed.add(JoseEnvelope.seal(utf8(json), platform.signingKey(), serverKey));
        }
        String valid = PaymentPlatform.sendOtp(PaymentPlatform.requestId(), CardSystem.freshPhone())
                .build()
                .toString();
        sealed.add(JoseEnvelope.seal(utf8(valid), stranger, serverKey));
        sealed.add(JoseEnvelope.seal(utf8(valid), platform.signingKey(), otherRecipient));
        sealed.add(encrypted(utf8("not a JWS"), serverKey));
        sealed.add(encrypted(utf8(tamperedJws(platform.signingKey(), valid)), serverKey));
    }

    /** JSON that the dialect refuses with an error (never a decline, which it would keep for the requestId). */
    private static List<String> malformedJson(Random random) {
        String send = PaymentPlatform.sendOtp(PaymentPlatform.requestId(), CardSystem.freshPhone())
                .build()
                .toString();
        jakarta.json.JsonObject sendObject = PaymentPlatform.sendOtp(
                        PaymentPlatform.requestId(), CardSystem.freshPhone())
                .build();
        String header =
                PaymentPlatform.header(PaymentPlatform.requestId()).build().toString();
        return List.of(
                "[]",
                "\"x\"",
                "1",
                "null",
                send.substring(0, send.length() / 2),
                send + "x",
                "{}",
                Garbage.deep(false, 3_000),
                Garbage.withField(sendObject, "accountPhoneNumber", "15551234567"),
                Garbage.withField(sendObject, "requestHeader", "[1]"),
                Garbage.withField(sendObject, "smsMatchingToken", "null"),
                Garbage.withField(sendObject, "requestHeader", "{}"),
                Garbage.withField(sendObject, "requestHeader", header.replace("\"major\":1", "\"major\":2")),
                Garbage.withField(
                        sendObject,
                        "requestHeader",
                        header.replaceAll("\"requestTimestamp\":\"\\d+\"", "\"requestTimestamp\":\"1\"")),
                Garbage.withField(
                        sendObject,
                        "requestHeader",
                        header.replaceAll("\"requestTimestamp\":\"\\d+\"", "\"requestTimestamp\":\"soon\"")),
                Garbage.withField(
                        sendObject,
                        "requestHeader",
                        header.replaceAll("\"requestId\":\"[^\"]+\"", "\"requestId\":\"a b/c\"")),
                Garbage.withField(sendObject, "smsMatchingToken", "\"short\""),
                Garbage.withField(sendObject, "associationId", "\"both-" + random.nextInt() + "\""),
                "{\"requestHeader\":" + header + ",\"otp\":\"123456\"}",
                "{\"requestHeader\":" + header + ",\"sendOtpRequestId\":\"unknown-" + random.nextInt()
                        + "\",\"otp\":\"123456\"}");
    }

    MalformedRequest next(Random random) {
        String path = random.nextInt(8) == 0 ? pick(random, ODD_PATHS) : pick(random, PATHS);
        String method =
                random.nextInt(8) == 0 ? pick(random, List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS")) : "POST";
        List<Header> headers = new ArrayList<>();
        headers.add(Header.of(
                "Content-Type",
                random.nextInt(6) == 0 ? pick(random, CONTENT_TYPES) : "application/jose; charset=utf-8"));
        boolean containerMayRefuse = random.nextInt(40) == 0;
        switch (random.nextInt(12)) {
            case 0 -> {
                headers.add(new Header(
                        pick(random, List.of("Content-Type", "Accept", "X-Note")), Garbage.strangeHeaderValue(random)));
                containerMayRefuse = true;
            }
            case 1 -> headers.add(Header.of("Content-Encoding", "gzip"));
            case 2 -> headers.add(0, Header.of("Content-Type", pick(random, CONTENT_TYPES)));
            default -> {}
        }
        if (containerMayRefuse) {
            headers.add(Header.of("X-Padding", "p".repeat(8_000 + random.nextInt(100_000))));
        }
        Body body = body(random);
        return new MalformedRequest(
                "integrator " + body.kind(),
                Dialect.INTEGRATOR,
                origin,
                method,
                path,
                headers,
                MalformedRequest.bodyFor(method, body.bytes()),
                containerMayRefuse || path.contains("%"));
    }

    private record Body(String kind, byte[] bytes) {}

    private Body body(Random random) {
        String one = pick(random, sealed);
        return switch (random.nextInt(7)) {
            case 0 -> new Body("sealed", utf8(one));
            case 1 -> new Body("sealed-wrapped", utf8(Base64URL.encode(one).toString()));
            case 2 -> new Body("sealed-flipped", utf8(flipped(random, one)));
            case 3 -> new Body("random-segments", utf8(randomSegments(random)));
            case 4 -> new Body("refused-algorithm", utf8(refusedAlgorithm(random, one)));
            default -> new Body("garbage", Garbage.notAJsonObject(random, "{\"requestHeader\":{}}"));
        };
    }

    private static String flipped(Random random, String compact) {
        char[] chars = compact.toCharArray();
        int at = random.nextInt(chars.length);
        chars[at] = chars[at] == 'A' ? 'B' : chars[at] == '.' ? '.' : 'A';
        if (chars[at] == '.') {
            chars[Math.max(0, at - 1)] = chars[Math.max(0, at - 1)] == 'Q' ? 'R' : 'Q';
        }
        return new String(chars);
    }

    private static String randomSegments(Random random) {
        List<String> segments = new ArrayList<>();
        for (int i = random.nextInt(8); i >= 0; i--) {
            segments.add(Garbage.base64(random, 300));
        }
        return String.join(".", segments);
    }

    /** A JWE header naming what the server refuses or does not know, over the rest of a real JWE. */
    private static String refusedAlgorithm(Random random, String compact) {
        String header = pick(
                random,
                List.of(
                        "{\"alg\":\"RSA1_5\",\"enc\":\"A256GCM\"}",
                        "{\"alg\":\"dir\",\"enc\":\"A256GCM\"}",
                        "{\"alg\":\"none\"}",
                        "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A999GCM\"}",
                        "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\",\"zip\":\"DEF\"}",
                        "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\",\"crit\":[\"exp\"]}",
                        "{\"alg\":\"ECDH-ES\",\"enc\":\"A256GCM\",\"epk\":{}}",
                        "[]",
                        "{"));
        return Base64URL.encode(header.getBytes(StandardCharsets.UTF_8)) + compact.substring(compact.indexOf('.'));
    }

    private static String encrypted(byte[] payload, JWK recipient) {
        try {
            com.nimbusds.jose.JWEObject jwe = new com.nimbusds.jose.JWEObject(
                    new com.nimbusds.jose.JWEHeader.Builder(
                                    com.nimbusds.jose.JWEAlgorithm.RSA_OAEP_256,
                                    com.nimbusds.jose.EncryptionMethod.A256GCM)
                            .keyID(recipient.getKeyID())
                            .contentType("JWS")
                            .build(),
                    new Payload(payload));
            jwe.encrypt(new com.nimbusds.jose.crypto.RSAEncrypter(recipient.toRSAKey()));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A caller's genuine signature, over a payload swapped afterwards. */
    private static String tamperedJws(JWK signingKey, String json) {
        try {
            JWSObject jws = new JWSObject(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signingKey.getKeyID())
                            .build(),
                    new Payload(json));
            jws.sign(new RSASSASigner(signingKey.toRSAKey()));
            String[] parts = jws.serialize().split("\\.");
            return parts[0] + "." + Base64URL.encode(json.replace("AB12345678C", "XX12345678C")) + "." + parts[2];
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
