package dev.otpserver.common.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.common.signature.RsaSignatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSigningKeyTest {

    @TempDir
    Path directory;

    @Test
    void createsAKeyReadableOnlyByTheServerWithItsPublicHalfBeside() throws Exception {
        Path file = directory.resolve("keys/server-key.pem");

        ServerSigningKey key = ServerSigningKey.loadOrCreate(file, 3);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(key.publicKey(), PemKeys.publicKey(Files.readString(Path.of(file + ".pub"))));
        assertEquals(3, key.keyVersion());
    }

    @Test
    void reloadsTheSameKeyOnTheNextStart() {
        Path file = directory.resolve("server-key.pem");
        ServerSigningKey first = ServerSigningKey.loadOrCreate(file, 1);

        ServerSigningKey again = ServerSigningKey.loadOrCreate(file, 1);

        byte[] data = "data".getBytes();
        assertTrue(RsaSignatures.verify(first.publicKey(), data, RsaSignatures.sign(again.privateKey(), data)));
    }
}
