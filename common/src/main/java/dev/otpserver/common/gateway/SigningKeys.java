package dev.otpserver.common.gateway;

import dev.otpserver.common.secret.Rings;
import dev.otpserver.common.secret.SecretRing;
import dev.otpserver.common.secret.SecretVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Every version of the server signing key: the file's (its keyVersion from otp.gateway.signing-key.version) and
 * those announced through the admin API. The newest activated one signs; every one stays published, so that a
 * partner verifies an answer by the keyVersion it names, before and after the switch.
 */
@ApplicationScoped
public class SigningKeys implements CurrentSigningKey {

    @Inject
    ServerSigningKey fileKey;

    @Inject
    SecretVersions versions;

    @Inject
    Clock clock;

    private volatile Built built;

    private record Built(Rings from, SecretRing<ServerSigningKey> ring) {}

    @Override
    public ServerSigningKey get() {
        return ring().current(clock.instant()).secret();
    }

    /** The ring of this node's signing keys, built again whenever the rotated versions were read again. */
    public SecretRing<ServerSigningKey> ring() {
        Rings rings = versions.rings();
        Built last = built;
        if (last == null || last.from() != rings) {
            last = new Built(rings, ring(fileKey, rings));
            built = last;
        }
        return last.ring();
    }

    /** The file's key and the rotated ones. */
    static SecretRing<ServerSigningKey> ring(ServerSigningKey fileKey, Rings rings) {
        SecretRing<ServerSigningKey> ring = SecretRing.of(fileKey.keyVersion(), fileKey);
        for (SecretRing.Version<String> rotated : rings.signingKeys()) {
            ring = ring.with(new SecretRing.Version<>(
                    rotated.number(), ServerSigningKey.of(rotated.number(), rotated.secret()), rotated.activeFrom()));
        }
        return ring;
    }
}
