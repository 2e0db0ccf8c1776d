package dev.otpserver.systemtest;

import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.common.signature.RsaSignatures;
import dev.otpserver.common.signature.SignatureHeader;
import dev.otpserver.common.signature.SigningString;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.PublicKey;

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
        SignatureHeader signature = SignatureHeader.parse(header("Signature")).orElse(null);
        if (signature == null || header("Response-Time") == null) {
            return false;
        }
        byte[] signed = SigningString.of(method, path, header("Client-Id"), header("Response-Time"), response.body());
        return RsaSignatures.verify(serverKey(), signed, signature.base64Signature());
    }

    @Override
    public String toString() {
        return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
    }

    private static PublicKey serverKey() {
        try {
            return PemKeys.publicKey(Files.readString(ServerUnderTest.serverPublicKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
