package dev.otpserver.common.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.common.secret.Rings;
import dev.otpserver.common.secret.SecretRing;
import dev.otpserver.common.signature.PemKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final ServerSigningKey FILE_KEY = ServerSigningKey.generate(3);
    private static final ServerSigningKey ROTATED = ServerSigningKey.generate(4);

    @Test
    void anAnnouncedKeyIsPublishedWhileTheFilesKeyStillSigns() {
        SecretRing<ServerSigningKey> ring = SigningKeys.ring(FILE_KEY, rings(Optional.empty()));

        assertEquals(3, ring.current(NOW).number());
        assertEquals(ROTATED.publicKey(), ring.version(4).orElseThrow().publicKey());
        assertEquals(FILE_KEY.publicKey(), ring.version(3).orElseThrow().publicKey());
    }

    @Test
    void anActivatedKeySignsUnderItsOwnKeyVersionAndTheOldOneStaysPublished() {
        SecretRing<ServerSigningKey> ring = SigningKeys.ring(FILE_KEY, rings(Optional.of(NOW.minusSeconds(1))));

        ServerSigningKey signing = ring.current(NOW).secret();
        assertEquals(4, signing.keyVersion());
        assertEquals(ROTATED.publicKey(), signing.publicKey());
        assertEquals(FILE_KEY.publicKey(), ring.version(3).orElseThrow().publicKey());
    }

    private static Rings rings(Optional<Instant> activeFrom) {
        return new Rings(
                null, null, List.of(new SecretRing.Version<>(4, PemKeys.pem(ROTATED.privateKey()), activeFrom)));
    }
}
