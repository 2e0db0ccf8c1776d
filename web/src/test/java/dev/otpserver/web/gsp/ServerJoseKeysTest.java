package dev.otpserver.web.gsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerJoseKeysTest {

    @TempDir
    Path directory;

    @Test
    void createsASigningAndAnEncryptionKeyReadableOnlyByTheServerWithThePublicSetBeside() throws Exception {
        Path file = directory.resolve("keys/gsp-keys.jwks");

        ServerJoseKeys keys = ServerJoseKeys.loadOrCreate(file);

        JWKSet published = JWKSet.parse(Files.readString(Path.of(file + ".pub")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(2, published.getKeys().size());
        assertFalse(published.getKeys().stream().anyMatch(key -> key.isPrivate()));
        assertEquals(
                keys.signingKey().toPublicJWK(),
                published.getKeyByKeyId(keys.signingKey().getKeyID()));
        assertEquals(
                keys.decryptionKeys().get(0).toPublicJWK(),
                published.getKeyByKeyId(keys.decryptionKeys().get(0).getKeyID()));
    }

    @Test
    void reloadsTheSameKeysOnTheNextStart() {
        Path file = directory.resolve("gsp-keys.jwks");
        ServerJoseKeys first = ServerJoseKeys.loadOrCreate(file);

        ServerJoseKeys again = ServerJoseKeys.loadOrCreate(file);

        assertEquals(first.signingKey(), again.signingKey());
        assertEquals(first.decryptionKeys(), again.decryptionKeys());
    }
}
