package dev.otpserver.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** An answer of the payment-integrator dialect, opened: HTTP status, whether it came sealed (JOSE), and its JSON. */
public record IntegratorAnswer(int status, boolean sealed, JsonObject body) {

    static IntegratorAnswer read(HttpResponse<String> response, Function<String, byte[]> opener) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        boolean sealed = contentType.startsWith("application/jose");
        String json = sealed ? new String(opener.apply(response.body()), StandardCharsets.UTF_8) : response.body();
        if (!sealed && !contentType.startsWith("application/json")) {
            throw new AssertionError(
                    "Neither JOSE nor JSON: HTTP " + response.statusCode() + " " + contentType + " " + response.body());
        }
        return new IntegratorAnswer(
                response.statusCode(),
                sealed,
                Json.createReader(new StringReader(json)).readObject());
    }

    public String result() {
        return body.getString("result", null);
    }

    public String errorCode() {
        return body.getString("errorResponseCode", null);
    }

    public String description() {
        return body.getString("errorDescription", "");
    }

    @Override
    public String toString() {
        return "HTTP " + status + (sealed ? " (JOSE) " : " (plain) ") + body;
    }
}
