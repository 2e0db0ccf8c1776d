package dev.otpserver.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** What the gateway answered, read as a partner's SDK reads it. */
public record GatewayAnswer(String method, String path, HttpResponse<byte[]> response) {

    public int status() {
        return response.statusCode();
    }

    public JsonObject body() {
        return Json.createReader(new ByteArrayInputStream(response.body())).readObject();
    }

    public String resultCode() {
        return body().getJsonObject("result").getString("resultCode");
    }

    public String resultStatus() {
        return body().getJsonObject("result").getString("resultStatus");
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** True when the Signature header verifies, with the server's public key, over the exact bytes received. */
    public boolean signedByServer() {
        return ServerSignature.verifies(
                method, path, header("Client-Id"), header("Response-Time"), header("Signature"), response.body());
    }

    @Override
    public String toString() {
        return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
    }
}
