package dev.otpserver.systemtest.gateway;

import dev.otpserver.systemtest.support.RawHttp;
import dev.otpserver.systemtest.support.ServerSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** The gateway's answer to a {@link WireCall}, read as the SDKs read it: decompressed if it came so, then verified. */
record WireAnswer(String path, RawHttp.Response response) {

    int status() {
        return response.status();
    }

    /** The header of exactly this name, in this case, as the Python SDK looks it up; null when absent. */
    String headerSpelledExactly(String name) {
        return response.headers().stream()
                .filter(header -> header[0].equals(name))
                .map(header -> header[1])
                .findFirst()
                .orElse(null);
    }

    byte[] body() {
        if (!response.header("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            return response.body();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonObject json() {
        return Json.createReader(new ByteArrayInputStream(body())).readObject();
    }

    String resultCode() {
        return json().getJsonObject("result").getString("resultCode");
    }

    boolean signedByServer() {
        return ServerSignature.verifies(
                "POST",
                path,
                response.header("client-id").orElse(null),
                response.header("response-time").orElse(null),
                response.header("signature").orElse(null),
                body());
    }

    @Override
    public String toString() {
        return response.status() + " "
                + response.headers().stream()
                        .map(header -> header[0] + ": " + header[1])
                        .toList() + " " + new String(body(), StandardCharsets.UTF_8);
    }
}
