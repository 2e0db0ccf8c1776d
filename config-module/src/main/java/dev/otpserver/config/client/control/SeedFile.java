package dev.otpserver.config.client.control;

import dev.otpserver.common.json.JsonDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The documented seed file of partner clients (see servers/seed/README.md):
 * <pre>{"clients": [{"clientId": "...", "name": "...",
 *   "keys": [{"keyVersion": "1", "publicKeyFile": "demo-client-public.pem"}]}]}</pre>
 * {@code publicKeyFile} is relative to the seed file; {@code publicKey} may carry the PEM inline instead.
 */
public final class SeedFile {

    private SeedFile() {}

    public static List<SeededClient> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = JsonDocuments.json().createReader(in)) {
            return json.readObject().getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                    .map(client -> client(client, file.toAbsolutePath().getParent()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the client seed file " + file, e);
        }
    }

    private static SeededClient client(JsonObject client, Path directory) {
        List<SeededKey> keys = client.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .map(key -> new SeededKey(Integer.parseInt(key.getString("keyVersion")), publicKey(key, directory)))
                .toList();
        return new SeededClient(
                client.getString("clientId"), client.getString("name", client.getString("clientId")), keys);
    }

    private static String publicKey(JsonObject key, Path directory) {
        if (key.containsKey("publicKey")) {
            return key.getString("publicKey");
        }
        try {
            return Files.readString(directory.resolve(key.getString("publicKeyFile")), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a public key named in the client seed file", e);
        }
    }

    /** A client as the seed file describes it. */
    public record SeededClient(String clientId, String name, List<SeededKey> keys) {}

    /** One public key (PEM) of a seeded client. */
    public record SeededKey(int keyVersion, String publicKeyPem) {}
}
