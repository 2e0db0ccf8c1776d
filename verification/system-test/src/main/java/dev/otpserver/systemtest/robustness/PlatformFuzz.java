package dev.otpserver.systemtest.robustness;

import static dev.otpserver.systemtest.robustness.Garbage.pick;

import dev.otpserver.systemtest.robustness.MalformedRequest.Dialect;
import dev.otpserver.systemtest.robustness.MalformedRequest.Header;
import dev.otpserver.systemtest.support.Partner;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Malformed requests to health, metrics and OpenAPI (wherever the server serves them), and requests to
 * odd paths of the application: percent-encodings, dot segments, very long paths.
 */
final class PlatformFuzz {

    private static final List<String> ODD_PATHS = List.of(
            "/ams/api/v1/users/%2e%2e/initAuthentication",
            "/ams/../admin/users",
            "/ams/api/v1/users/initAuthentication%00",
            "/ams/api/v1/users/initAuthentication;jsessionid=x",
            "/amsin/%ZZ",
            "/ams/api/v1/users/init%41uthentication",
            "//ams//api//v1//users//verifyAuthentication",
            "/ams/api/v1/users/",
            "/ams/api/v1/users/initAuthentication/extra",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/ams/api/v1/threeds/%2FverifyChallenge",
            "/gsp/v1/..%2fsendOtp",
            "/gsp/../admin/users",
            "/amsin/api/v1/business/worldcard/queryOtpConfig?x=%ZZ&y",
            "/amsin/api/v1/business/worldcard/queryOtpConfig#frag",
            "/ams\\api\\v1",
            "/AMS/api/v1/users/initAuthentication",
            "/ams/api/v1/users/\u00e9t\u00e9",
            "/openapi/../admin/users",
            "/health/%2e%2e/admin",
            "/nothing",
            "/",
            "/gsp/v2/sendOtp",
            "/admin/users/..%2f..",
            "/admin/clients/%2e%2e/users",
            "/server-keys",
            "/server-keys/1",
            "/ams/api/v1/users/initAuthentication?" + "q=1&".repeat(200));

    private final URI base;
    private final List<URI> endpoints;
    private final Partner partner;

    PlatformFuzz(URI base, URI readiness, URI metrics, Partner partner) {
        this.base = base;
        this.partner = partner;
        this.endpoints = List.of(
                readiness,
                URI.create(readiness.toString().replace("/ready", "/live")),
                URI.create(readiness.toString().replace("/ready", "")),
                metrics,
                base.resolve("/openapi"));
    }

    MalformedRequest next(Random random) {
        return random.nextInt(3) == 0 ? endpoint(random) : oddPath(random);
    }

    private MalformedRequest endpoint(Random random) {
        URI endpoint = pick(random, endpoints);
        String method = pick(random, List.of("GET", "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"));
        String query = pick(
                random, List.of("", "", "?format=%ZZ", "?" + "a=b&".repeat(300), "?\u00e9=\u00e9", "?scope=../../x"));
        List<Header> headers = new ArrayList<>();
        headers.add(Header.of(
                "Accept",
                pick(random, List.of("*/*", "application/json", "text/html", "application/x-garbage;;q=x", ""))));
        if (random.nextBoolean()) {
            headers.add(new Header(
                    pick(random, List.of("Accept", "X-Note", "Content-Type", "Authorization")),
                    Garbage.strangeHeaderValue(random)));
        }
        byte[] body = MalformedRequest.bodyFor(method, Garbage.notAJsonObject(random, "{\"status\":\"DOWN\"}"));
        return new MalformedRequest(
                "platform " + endpoint.getPath(),
                Dialect.PLATFORM,
                endpoint,
                method,
                endpoint.getPath() + query,
                headers,
                body,
                headers.size() > 1 || query.contains("%") || body.length > 65_536);
    }

    /** An odd path, signed by the partner as it is sent (the body malformed for sure): it may land anywhere. */
    private MalformedRequest oddPath(Random random) {
        boolean long_ = random.nextInt(10) == 0;
        String path =
                long_ ? "/ams/api/v1/users/" + "a/".repeat(1_000 + random.nextInt(20_000)) : pick(random, ODD_PATHS);
        String method = random.nextInt(4) == 0 ? pick(random, List.of("GET", "PUT", "DELETE")) : "POST";
        byte[] body =
                MalformedRequest.bodyFor(method, Garbage.notAJsonObject(random, "{\"authenticationRequestId\":\"x\"}"));
        String time = Long.toString(System.currentTimeMillis());
        List<Header> headers = new ArrayList<>(List.of(
                Header.of("Content-Type", "application/json; charset=UTF-8"),
                Header.of("Client-Id", partner.clientId()),
                Header.of("Request-Time", time),
                Header.of(
                        "Signature",
                        GatewayFuzz.signature(
                                partner, method, path, partner.clientId(), time, body, partner.keyVersion()))));
        return new MalformedRequest("path", Dialect.ANY, base, method, path, headers, body, true);
    }
}
