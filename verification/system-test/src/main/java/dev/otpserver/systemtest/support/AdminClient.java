package dev.otpserver.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** The admin API as an admin of the server's realm uses it (HTTP BASIC). */
public final class AdminClient {

    private static final HttpClient ADMIN_HTTP = HttpClient.newHttpClient();

    private final HttpClient http;
    private final String authorization;

    /**
     * The admin shares one connection pool; a refused caller gets a pool of its own. The server refuses it
     * before reading its body and then closes the connection (docs/operations.md: an unread body closes it),
     * which a shared pool could hand to the admin's next request before noticing it closed.
     */
    private AdminClient(HttpClient http, String user, String password) {
        this.http = http;
        this.authorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static AdminClient admin() {
        return new AdminClient(ADMIN_HTTP, ServerUnderTest.adminUser(), ServerUnderTest.adminPassword());
    }

    public static AdminClient withoutRole() {
        return new AdminClient(
                HttpClient.newHttpClient(), ServerUnderTest.plainUser(), ServerUnderTest.plainUserPassword());
    }

    public static AdminClient anonymous() {
        return new AdminClient(HttpClient.newHttpClient(), null, null);
    }

    /** A user with a fresh id and the given contacts; returns its id. */
    public String createUser(String email, String phone, String locale) {
        String userId = "it-" + UUID.randomUUID();
        JsonObject body = Json.createObjectBuilder()
                .add("userId", userId)
                .add("email", email == null ? "" : email)
                .add("phone", phone == null ? "" : phone)
                .add("locale", locale)
                .build();
        Answer created = send("POST", "/admin/users", body.toString());
        if (created.status() != 201) {
            throw new IllegalStateException("Cannot create a user: " + created);
        }
        return userId;
    }

    /** Issues a wallet token of the user for the client; returns the token's value. */
    public String issueToken(String userId, String clientId) {
        Answer issued =
                send("POST", "/admin/users/" + userId + "/wallet-tokens", "{\"clientId\":\"" + clientId + "\"}");
        if (issued.status() != 201) {
            throw new IllegalStateException("Cannot issue a wallet token: " + issued);
        }
        return issued.json().getString("token");
    }

    public Answer send(String method, String path, String body) {
        return send(
                HttpRequest.newBuilder(URI.create(ServerUnderTest.baseUrl() + path))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json"),
                method,
                path);
    }

    /** A GET whose Accept header names {@code accept}, e.g. a media type the admin API does not speak. */
    public Answer getAccepting(String path, String accept) {
        return send(
                HttpRequest.newBuilder(URI.create(ServerUnderTest.baseUrl() + path))
                        .GET()
                        .header("Accept", accept),
                "GET",
                path);
    }

    private Answer send(HttpRequest.Builder request, String method, String path) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer of the admin API. */
    public record Answer(int status, String contentType, String body) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }
}
