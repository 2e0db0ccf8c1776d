package dev.otpserver.common.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretRingTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    @Test
    void theBaseVersionIsInUseUntilARotation() {
        SecretRing<String> ring = SecretRing.of(1, "store");

        assertEquals(1, ring.current(NOW).number());
        assertEquals(2, ring.nextNumber());
    }

    @Test
    void theNewestActiveVersionIsInUseAndEveryOlderOneStaysKnown() {
        SecretRing<String> ring = SecretRing.of(1, "store")
                .with(new SecretRing.Version<>(2, "second", Optional.of(NOW.minusSeconds(60))))
                .with(new SecretRing.Version<>(3, "third", Optional.of(NOW.minusSeconds(1))));

        assertEquals("third", ring.current(NOW).secret());
        assertEquals(Optional.of("store"), ring.version(1));
        assertEquals(Optional.of("second"), ring.version(2));
        assertEquals(Optional.empty(), ring.version(4));
    }

    @Test
    void anAnnouncedVersionIsKnownButNotInUse() {
        SecretRing<String> ring =
                SecretRing.of(1, "store").with(new SecretRing.Version<>(2, "announced", Optional.empty()));

        assertEquals(1, ring.current(NOW).number());
        assertEquals(Optional.of("announced"), ring.version(2));
        assertEquals(
                List.of(2, 1),
                ring.newestFirst().stream().map(SecretRing.Version::number).toList());
        assertEquals(3, ring.nextNumber());
    }

    @Test
    void aVersionActiveFromLaterIsNotInUseYet() {
        SecretRing<String> ring =
                SecretRing.of(1, "store").with(new SecretRing.Version<>(2, "later", Optional.of(NOW.plusSeconds(1))));

        assertEquals(1, ring.current(NOW).number());
        assertEquals(2, ring.current(NOW.plusSeconds(1)).number());
    }

    @Test
    void theSignatureKeyVersionsCountOnFromTheFilesVersion() {
        SecretRing<String> ring = SecretRing.of(4, "file");

        assertEquals(4, ring.current(NOW).number());
        assertEquals(5, ring.nextNumber());
    }

    @Test
    void aVersionNeverChanges() {
        SecretRing<String> ring = SecretRing.of(1, "store");

        assertThrows(
                IllegalArgumentException.class,
                () -> ring.with(new SecretRing.Version<>(1, "other", Optional.of(NOW))));
    }
}
