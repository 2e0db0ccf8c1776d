package dev.otpserver.common.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Peppers and sealing keys across a rotation, as a node sees them before and after it reads the new version. */
class RotatedSecretsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    @TempDir
    Path directory;

    private final FixedVersions versions = new FixedVersions();

    @Test
    void aCodeHashedBeforeAPepperRotationStillVerifiesUnderItsVersion() {
        Pepper store = Pepper.loadOrCreate(directory.resolve("pepper"));
        versions.now = new Rings(SecretRing.of(1, store), null, List.of());
        Peppers peppers = peppers();
        KeyedHash before = peppers.hash("otp-code", "challenge", "123456");

        versions.now = new Rings(
                SecretRing.of(1, store)
                        .with(new SecretRing.Version<>(
                                2, Pepper.loadOrCreate(directory.resolve("p2")), Optional.of(NOW))),
                null,
                List.of());
        KeyedHash after = peppers.hash("otp-code", "challenge", "123456");

        assertEquals(1, before.pepperVersion());
        assertEquals(2, after.pepperVersion());
        assertNotEquals(before.hex(), after.hex());
        assertEquals(before.hex(), peppers.hash(before.pepperVersion(), "otp-code", "challenge", "123456"));
        assertEquals(
                List.of(after.hex(), before.hex()),
                peppers.hashesUnderEveryVersion("otp-code", "challenge", "123456").stream()
                        .map(KeyedHash::hex)
                        .toList());
    }

    @Test
    void aMessageSealedBeforeASealingKeyRotationStillOpens() {
        SealingKey store = SealingKey.loadOrCreate(directory.resolve("sealing-key"));
        versions.now = new Rings(null, SecretRing.of(1, store), List.of());
        SealingKeys keys = sealingKeys();
        String before = keys.seal("{\"code\":\"123456\"}");

        versions.now = new Rings(
                null,
                SecretRing.of(1, store)
                        .with(new SecretRing.Version<>(
                                2, SealingKey.loadOrCreate(directory.resolve("s2")), Optional.of(NOW))),
                List.of());
        String after = keys.seal("{\"code\":\"654321\"}");

        assertFalse(before.contains(":"), "version 1 keeps the form of before rotation (Base64 has no colon)");
        assertTrue(after.startsWith("k2:"), after);
        assertEquals("{\"code\":\"123456\"}", keys.open(before));
        assertEquals("{\"code\":\"654321\"}", keys.open(after));
        assertEquals("{\"code\":\"123456\"}", store.open(before), "an older node still opens it");
    }

    @Test
    void aVersionThisNodeHasNotReadYetIsReadAgainBeforeItGivesUp() {
        SealingKey store = SealingKey.loadOrCreate(directory.resolve("sealing-key"));
        SealingKey rotated = SealingKey.loadOrCreate(directory.resolve("s2"));
        String sealedElsewhere = new SealedText(2, rotated.seal("queued on another node")).text();
        versions.now = new Rings(null, SecretRing.of(1, store), List.of());
        versions.onReadAgain = new Rings(
                null, SecretRing.of(1, store).with(new SecretRing.Version<>(2, rotated, Optional.of(NOW))), List.of());

        assertEquals("queued on another node", sealingKeys().open(sealedElsewhere));
        assertEquals(1, versions.readsAgain);
        assertThrows(
                IllegalStateException.class, () -> sealingKeys().open(new SealedText(3, rotated.seal("x")).text()));
    }

    private Peppers peppers() {
        Peppers peppers = new Peppers();
        peppers.versions = versions;
        peppers.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return peppers;
    }

    private SealingKeys sealingKeys() {
        SealingKeys keys = new SealingKeys();
        keys.versions = versions;
        keys.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return keys;
    }

    /** The versions a node has read: {@code now}, and {@code onReadAgain} once it reads the table again. */
    private static final class FixedVersions extends SecretVersions {
        Rings now;
        Rings onReadAgain;
        int readsAgain;

        @Override
        public Rings rings() {
            return now;
        }

        @Override
        synchronized void readAgain() {
            readsAgain++;
            if (onReadAgain != null) {
                now = onReadAgain;
            }
        }
    }
}
