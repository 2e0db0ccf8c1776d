package dev.otpserver.systemtest.robustness;

import static dev.otpserver.systemtest.robustness.Garbage.pick;
import static dev.otpserver.systemtest.robustness.Garbage.utf8;

import dev.otpserver.systemtest.robustness.MalformedRequest.Dialect;
import dev.otpserver.systemtest.robustness.MalformedRequest.Header;
import dev.otpserver.systemtest.support.ServerUnderTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Malformed requests to the admin API. Without an admin's credentials anything goes; with them, only
 * bodies that are no JSON object at all, ids that do not exist and query values out of range, so that
 * nothing can be created or changed. A rotation of a secret takes no form: an admin's call there always carries
 * a body that is neither empty nor {@code {}}, which must rotate nothing.
 */
final class AdminFuzz {

    private static final List<String> PATHS = List.of(
            "/admin/users",
            "/admin/users/{id}",
            "/admin/users/{id}/wallet-tokens",
            "/admin/users/{id}/wallet-tokens/{id}",
            "/admin/clients",
            "/admin/clients/{id}",
            "/admin/clients/{id}/keys",
            "/admin/clients/{id}/keys/{n}",
            "/admin/clients/{id}/keys/{id}",
            "/admin/clients/{id}/jose-keys",
            "/admin/clients/{id}/jose-keys/{id}",
            "/admin/clients/{id}/contracts",
            "/admin/clients/{id}/contracts/{id}",
            "/admin/clients/{id}/access-tokens",
            "/admin/clients/{id}/access-tokens/{id}",
            "/admin/clients/{id}/notify-url",
            "/admin/clients/{id}/otp-notify-preference",
            "/admin/clients/{id}/associations",
            "/admin/clients/{id}/associations/{id}",
            "/admin/partner-notifications?status={id}",
            "/admin/partner-notifications/{id}",
            "/admin/partner-notifications/{id}/replay",
            "/admin/messages?limit={id}",
            "/admin/messages?status={id}&clientId={id}",
            "/admin/messages/{id}",
            "/admin/challenges",
            "/admin/challenges?clientId={id}",
            "/admin/secrets",
            "/admin/secrets/pepper/rotations",
            "/admin/secrets/pepper/hashes",
            "/admin/secrets/sealing-key/rotations",
            "/admin/secrets/signing-key/rotations",
            "/admin/secrets/signing-key/versions/{id}/activation",
            "/admin/secrets/signing-key/versions/{id}",
            "/admin/secrets/{id}/rotations",
            "/admin/nothing-here",
            "/admin/",
            "/admin");
    private static final List<String> NOT_OBJECTS =
            List.of("", "null", "[]", "\"x\"", "1", "true", "{\"userId\":", "{", "}", "[{}]", "{\"a\"}", "{,}");

    private final URI origin;

    AdminFuzz(URI origin) {
        this.origin = origin;
    }

    MalformedRequest next(Random random) {
        String id = pick(
                random,
                List.of(
                        "fuzz-" + Long.toHexString(random.nextLong()),
                        "%00",
                        "%ZZ",
                        "..%2f..",
                        "%E2%82",
                        "-1",
                        "99999999999999999999",
                        "a".repeat(300),
                        "%F0%9F%94%91",
                        "x;y=z"));
        String path = pick(random, PATHS).replace("{id}", id).replace("{n}", Integer.toString(random.nextInt(9)));
        String method = pick(random, List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"));
        int who = random.nextInt(6);
        boolean admin = who == 0;
        List<Header> headers = new ArrayList<>();
        headers.add(Header.of(
                "Content-Type",
                random.nextInt(5) == 0
                        ? pick(
                                random,
                                List.of(
                                        "text/plain",
                                        "application/xml",
                                        "",
                                        ";;;",
                                        "application/json; charset=nonsense"))
                        : "application/json"));
        authorization(random, who).ifPresent(headers::add);
        boolean strange = random.nextInt(10) == 0;
        if (strange) {
            headers.add(new Header(
                    pick(random, List.of("Accept", "Authorization", "X-Note", "Content-Type")),
                    Garbage.strangeHeaderValue(random)));
        }
        byte[] body = admin
                ? adminBody(random, path.startsWith("/admin/secrets/") || path.endsWith("/replay"))
                : anyBody(random);
        if (admin && (method.equals("GET") || method.equals("OPTIONS")) && !path.contains(id)) {
            method = "PATCH"; // a GET of a collection is a valid request; an admin gets only malformed ones here
        }
        String label = admin ? "as admin" : who == 5 ? "with an undecodable or odd BASIC header" : "who " + who;
        return new MalformedRequest(
                "admin " + label,
                Dialect.ADMIN,
                origin,
                method,
                path,
                headers,
                MalformedRequest.bodyFor(method, body),
                strange || who == 4 || path.contains("%") || path.contains(";"));
    }

    private static java.util.Optional<Header> authorization(Random random, int who) {
        String basicAdmin = basic(ServerUnderTest.adminUser() + ":" + ServerUnderTest.adminPassword());
        return java.util.Optional.ofNullable(
                switch (who) {
                    case 0 -> Header.of("Authorization", basicAdmin);
                    case 1 -> null;
                    case 2 ->
                        Header.of(
                                "Authorization",
                                basic(ServerUnderTest.plainUser() + ":" + ServerUnderTest.plainUserPassword()));
                    case 3 ->
                        Header.of("Authorization", basic(ServerUnderTest.adminUser() + ":wrong-" + random.nextInt()));
                    case 4 -> new Header("Authorization", Garbage.strangeHeaderValue(random));
                    default ->
                        Header.of(
                                "Authorization",
                                pick(
                                        random,
                                        List.of(
                                                "Basic",
                                                "Basic !!!",
                                                basic("no-colon"),
                                                "Bearer " + Garbage.base64(random, 40),
                                                "Digest username=x",
                                                basic(":"),
                                                basic("\u00e9:\u00e9"),
                                                "Basic " + Garbage.printable(random, 2_000))));
                });
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A body that is no JSON object; for a rotation or a replay ({@code neverEmpty}) never an empty one, which they take. */
    private static byte[] adminBody(Random random, boolean neverEmpty) {
        byte[] body = switch (random.nextInt(5)) {
            case 0 -> Garbage.bytes(random, 1_000);
            case 1 -> Garbage.concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0}, utf8("{}"));
            case 2 -> utf8(Garbage.deep(false, 100 + random.nextInt(50_000)));
            default -> utf8(pick(random, NOT_OBJECTS));
        };
        return neverEmpty && new String(body, StandardCharsets.ISO_8859_1).isBlank()
                ? utf8(pick(random, NOT_OBJECTS.subList(1, NOT_OBJECTS.size())))
                : body;
    }

    private static byte[] anyBody(Random random) {
        return random.nextBoolean()
                ? utf8("{\"userId\":\"fuzz-" + random.nextInt() + "\",\"clientId\":\"X\",\"name\":\"n\"}")
                : Garbage.notAJsonObject(random, "{\"userId\":\"fuzz\"}");
    }
}
