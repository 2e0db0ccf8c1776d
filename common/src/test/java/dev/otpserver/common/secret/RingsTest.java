package dev.otpserver.common.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.otpserver.common.gateway.ServerSigningKey;
import dev.otpserver.common.signature.PemKeys;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RingsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    @TempDir
    Path directory;

    @Test
    void rotatedVersionsOpenWithTheSecretStoresSealingKeyOnAnyNode() {
        SealingKey store = SealingKey.loadOrCreate(directory.resolve("sealing-key"));
        Pepper basePepper = Pepper.loadOrCreate(directory.resolve("pepper"));
        byte[] newPepper = new byte[32];
        newPepper[0] = 7;
        ServerSigningKey announced = ServerSigningKey.generate(2);
        List<SecretVersion> rows = List.of(
                row("pepper", 2, store.keyWrapping().seal(Base64.getEncoder().encodeToString(newPepper)), NOW),
                row("signing-key", 2, store.keyWrapping().seal(PemKeys.pem(announced.privateKey())), null));

        Rings rings = Rings.of(basePepper, store, rows);

        assertEquals(2, rings.peppers().current(NOW).number());
        assertEquals(
                new Pepper(newPepper).hash("x"),
                rings.peppers().current(NOW).secret().hash("x"));
        assertEquals(
                basePepper.hash("x"), rings.peppers().version(1).orElseThrow().hash("x"));
        assertEquals(2, rings.signingKeys().get(0).number());
        assertEquals(
                announced.privateKey(),
                ServerSigningKey.of(2, rings.signingKeys().get(0).secret()).privateKey());
    }

    @Test
    void aNodeWithAnotherSealingKeyCannotOpenTheRotatedVersions() {
        SealingKey store = SealingKey.loadOrCreate(directory.resolve("a"));
        SealingKey other = SealingKey.loadOrCreate(directory.resolve("b"));
        List<SecretVersion> rows =
                List.of(row("sealing-key", 2, store.keyWrapping().seal("AAAA"), NOW));

        assertThrows(
                IllegalStateException.class, () -> Rings.of(Pepper.loadOrCreate(directory.resolve("p")), other, rows));
    }

    @Test
    void theKeyWrappingKeyIsNotTheSealingKeyOfMessages() {
        SealingKey store = SealingKey.loadOrCreate(directory.resolve("s"));

        assertNotEquals(store.fingerprint(), store.keyWrapping().fingerprint());
        assertThrows(
                IllegalStateException.class,
                () -> store.open(store.keyWrapping().seal("x")));
    }

    private static SecretVersion row(String name, int version, String sealed, Instant activeFrom) {
        return new SecretVersion(name, version, sealed, null, "f", NOW, "test", activeFrom);
    }
}
