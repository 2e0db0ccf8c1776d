package dev.otpserver.systemtest.robustness;

import static dev.otpserver.systemtest.robustness.Garbage.pick;
import static dev.otpserver.systemtest.robustness.Garbage.utf8;

import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import dev.otpserver.systemtest.robustness.MalformedRequest.Dialect;
import dev.otpserver.systemtest.robustness.MalformedRequest.Header;
import dev.otpserver.systemtest.support.Partner;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Malformed requests to the signed gateway ({@code /ams}, {@code /amsin}). A request either fails
 * authentication for sure (then its body may be valid) or is signed as well as it can be (then its body is
 * malformed for sure): no request may ever reach a use case and change anything.
 */
final class GatewayFuzz {

    /** How a request is spoiled; the first ones break authentication whatever the body. */
    private enum Spoil {
        NO_SIGNATURE,
        NO_CLIENT_ID,
        NO_REQUEST_TIME,
        GARBAGE_SIGNATURE,
        UNKNOWN_KEY_VERSION,
        UNKNOWN_CLIENT,
        DISABLED_CLIENT,
        STALE_TIME,
        GARBAGE_TIME,
        TAMPERED_BODY,
        SIGNED_OTHER_PATH,
        BODY,
        DUPLICATED_HEADERS,
        CONTENT_TYPE,
        GZIP,
        OTHER_METHOD,
        HUGE_HEADER,
        STRANGE_HEADER;

        boolean breaksAuthentication() {
            return ordinal() <= SIGNED_OTHER_PATH.ordinal();
        }
    }

    private static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "text/plain",
            "application/xml",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16",
            "application/json; charset=nonsense",
            ";;;==",
            "application/jose",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "");
    private static final List<String> METHODS = List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS");

    private final URI origin;
    private final Partner partner;
    private final Partner disabled;

    GatewayFuzz(URI origin, Partner partner, Partner disabled) {
        this.origin = origin;
        this.partner = partner;
        this.disabled = disabled;
    }

    MalformedRequest next(Random random) {
        GatewayApi api = pick(random, GatewayApi.ALL);
        String path = api.path(random);
        Spoil spoil = pick(random, List.of(Spoil.values()));
        byte[] body = spoil.breaksAuthentication() && random.nextBoolean()
                ? utf8(api.valid(random).toString())
                : api.malformed(random);
        String method = spoil == Spoil.OTHER_METHOD ? pick(random, METHODS) : "POST";
        String time = Long.toString(System.currentTimeMillis());
        Partner signer = spoil == Spoil.DISABLED_CLIENT ? disabled : partner;
        String clientId = spoil == Spoil.UNKNOWN_CLIENT ? "NOBODY_" + random.nextInt(1_000_000) : signer.clientId();
        List<Header> headers = new ArrayList<>();
        headers.add(Header.of(
                "Content-Type",
                spoil == Spoil.CONTENT_TYPE ? pick(random, CONTENT_TYPES) : "application/json; charset=UTF-8"));
        headers.add(Header.of("Client-Id", clientId));
        headers.add(Header.of(
                "Request-Time",
                switch (spoil) {
                    case STALE_TIME ->
                        Long.toString(System.currentTimeMillis()
                                + (random.nextBoolean() ? -1 : 1) * (301_000L + random.nextInt(1_000_000_000)));
                    case GARBAGE_TIME ->
                        pick(
                                random,
                                List.of(
                                        "yesterday",
                                        "",
                                        "-1",
                                        "99999999999999999999",
                                        "2024-13-45T99:99:99+25:00",
                                        Garbage.printable(random, 40),
                                        time.substring(0, 10)));
                    default -> time;
                }));
        String signingPath =
                spoil == Spoil.SIGNED_OTHER_PATH ? pick(random, GatewayApi.ALL).path(random) + "x" : path;
        body = MalformedRequest.bodyFor(method, body);
        byte[] signedBody = spoil == Spoil.TAMPERED_BODY ? tampered(random, body) : body;
        int keyVersion = spoil == Spoil.UNKNOWN_KEY_VERSION ? 2 + random.nextInt(1000) : signer.keyVersion();
        String signature = spoil == Spoil.GARBAGE_SIGNATURE
                ? garbageSignature(random)
                : signature(signer, method, signingPath, clientId, time, signedBody, keyVersion);
        headers.add(Header.of("Signature", signature));
        addSpoiledHeaders(random, spoil, headers);
        headers.removeIf(header -> header.name().equals(removed(spoil)));
        return new MalformedRequest(
                "gateway " + spoil,
                Dialect.GATEWAY,
                origin,
                method,
                path,
                headers,
                MalformedRequest.bodyFor(method, spoil == Spoil.GZIP ? gzipLike(random, body) : body),
                spoil == Spoil.HUGE_HEADER || spoil == Spoil.STRANGE_HEADER);
    }

    private static String removed(Spoil spoil) {
        return switch (spoil) {
            case NO_SIGNATURE -> "Signature";
            case NO_CLIENT_ID -> "Client-Id";
            case NO_REQUEST_TIME -> "Request-Time";
            default -> "";
        };
    }

    private void addSpoiledHeaders(Random random, Spoil spoil, List<Header> headers) {
        switch (spoil) {
            case DUPLICATED_HEADERS -> {
                Header twin = pick(random, headers);
                headers.add(
                        random.nextInt(headers.size() + 1),
                        new Header(
                                twin.name(),
                                random.nextBoolean() ? twin.value() : utf8(Garbage.printable(random, 60))));
            }
            case GZIP ->
                headers.add(Header.of(
                        "Content-Encoding", pick(random, List.of("gzip", "deflate", "br", "gzip, gzip", "x-garbage"))));
            case HUGE_HEADER ->
                headers.add(Header.of(
                        random.nextBoolean() ? "X-Padding" : "Signature", "a".repeat(8_000 + random.nextInt(120_000))));
            case STRANGE_HEADER ->
                headers.add(new Header(
                        pick(
                                random,
                                List.of(
                                        "X-Note",
                                        "Client-Id",
                                        "Request-Time",
                                        "Signature",
                                        "Content-Type",
                                        "Accept",
                                        "Accept-Charset")),
                        Garbage.strangeHeaderValue(random)));
            default -> {}
        }
    }

    /** Garbage a gzip decoder would choke on: random bytes, or a gzip magic number followed by random bytes. */
    private static byte[] gzipLike(Random random, byte[] body) {
        return random.nextBoolean()
                ? body
                : Garbage.concat(new byte[] {0x1f, (byte) 0x8b, 8, 0}, Garbage.bytes(random, 500));
    }

    private static byte[] tampered(Random random, byte[] body) {
        byte[] other = body.length == 0 ? new byte[] {' '} : body.clone();
        other[random.nextInt(other.length)] ^= (byte) (1 + random.nextInt(255));
        return other;
    }

    private static String garbageSignature(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "algorithm=RSA256, keyVersion=1, signature=" + Garbage.base64(random, 256);
            case 1 ->
                "algorithm=RSA256, keyVersion=" + pick(random, List.of("abc", "-1", "0", "99999999999", "1.5", ""))
                        + ", signature=abc";
            case 2 -> "algorithm=HS256, keyVersion=1, signature=" + Garbage.base64(random, 32);
            case 3 -> "signature=%%%zz, algorithm=, keyVersion=,,,=";
            case 4 -> Garbage.printable(random, 300);
            default -> "algorithm=RSA256, keyVersion=1, signature=" + "A".repeat(random.nextInt(4_000));
        };
    }

    static String signature(
            Partner signer, String method, String path, String clientId, String time, byte[] body, int keyVersion) {
        byte[] signing = SigningString.of(method, path, clientId, time, body);
        return SignatureHeader.rsa256(keyVersion, RsaSignatures.sign(signer.privateKey(), signing))
                .format();
    }
}
