package dev.otpserver.systemtest.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.systemtest.robustness.AnswerCheck;
import dev.otpserver.systemtest.support.AdminClient;
import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.ServerUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server's signing public keys as partners fetch them: {@code GET /server-keys}, without credentials, every
 * keyVersion the admin API lists with its state, as PEM and as a public JWK; never private material; read-only.
 * (The announce-then-activate sequence a partner sees there is in {@link SecretRotationIT}.)
 */
class ServerKeysIT extends DeployedEar {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aPartnerFetchesEveryPublishedKeyVersionWithoutCredentials() throws Exception {
        HttpResponse<String> answer = get();

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(
                answer.headers().firstValue("Cache-Control").orElse("").contains("max-age=60"),
                answer.headers().map().toString());
        JsonObject published =
                Json.createReader(new StringReader(answer.body())).readObject();
        JsonObject listed =
                AdminClient.admin().send("GET", "/admin/secrets", null).json().getJsonObject("signingKey");
        assertEquals(listed.getInt("inUse"), published.getInt("inUse"));
        List<JsonObject> keys = published.getJsonArray("keys").getValuesAs(JsonObject.class);
        List<JsonObject> versions = listed.getJsonArray("versions").getValuesAs(JsonObject.class);
        assertEquals(versions.size(), keys.size());
        for (int i = 0; i < keys.size(); i++) {
            JsonObject key = keys.get(i);
            int keyVersion = key.getInt("keyVersion");
            assertEquals(versions.get(i).getInt("version"), keyVersion);
            assertEquals(versions.get(i).getString("state"), key.getString("state"));
            assertEquals("RSA256", key.getString("algorithm"));
            RSAKey jwk = RSAKey.parse(key.getJsonObject("jwk").toString());
            assertFalse(jwk.isPrivate(), "keyVersion " + keyVersion + ": a public JWK");
            assertEquals(String.valueOf(keyVersion), jwk.getKeyID());
            assertEquals(PemKeys.publicKey(key.getString("publicKey")), jwk.toRSAPublicKey());
            assertEquals(
                    PemKeys.publicKey(versions.get(i).getString("publicKey")),
                    PemKeys.publicKey(key.getString("publicKey")));
        }
        assertTrue(keys.stream().anyMatch(key -> key.getString("state").equals("IN_USE")));
    }

    @Test
    void theListIsJsonWhateverAcceptSays() throws Exception {
        for (String accept : List.of("text/html", "text/plain,text/xml,text/javascript,text/html", "application/xml")) {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(ServerUnderTest.baseUrl() + "/server-keys"))
                            .GET()
                            .header("Accept", accept)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, answer.statusCode(), accept + ": " + answer.body());
            assertTrue(
                    Json.createReader(new StringReader(answer.body()))
                            .readObject()
                            .containsKey("keys"),
                    accept);
        }
    }

    @Test
    void theListHoldsNoPrivateMaterial() throws Exception {
        String body = get().body();

        assertFalse(body.contains("PRIVATE"), body);
        for (String member : List.of("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"", "sealed")) {
            assertFalse(body.contains(member), member);
        }
    }

    @Test
    void theListIsReadOnly() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> refused = HTTP.send(
                    HttpRequest.newBuilder(URI.create(ServerUnderTest.baseUrl() + "/server-keys"))
                            .method(method, HttpRequest.BodyPublishers.ofString("{\"keyVersion\":9}"))
                            .header("Content-Type", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(405, refused.statusCode(), method + ": " + refused.body());
            assertEquals(
                    405,
                    Json.createReader(new StringReader(refused.body()))
                            .readObject()
                            .getInt("status"));
            assertFalse(AnswerCheck.STACK_TRACE.matcher(refused.body()).find(), refused.body());
        }
    }

    private static HttpResponse<String> get() throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(ServerUnderTest.baseUrl() + "/server-keys"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
