package dev.otpserver.common.signature;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;

/** The signature test vectors of the design (test-vectors/README.md): a throw-away key and four worked examples. */
public final class TestVectors {

    private TestVectors() {}

    public static List<JsonObject> vectors() {
        try (InputStream in = resource("vectors.json")) {
            JsonArray array = Json.createReader(in).readArray();
            return array.getValuesAs(JsonObject.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PrivateKey privateKey() {
        return PemKeys.privateKey(text("test_private_pkcs8.pem"));
    }

    public static PublicKey publicKey() {
        return PemKeys.publicKey(text("test_public.pem"));
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return TestVectors.class.getResourceAsStream("/test-vectors/" + name);
    }
}
