package dev.otpserver.common.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Seals with the sealing key in use and opens with the one that sealed: a message queued before a rotation of
 * the sealing key is still sent after it.
 */
@ApplicationScoped
public class SealingKeys {

    @Inject
    SecretVersions versions;

    @Inject
    Clock clock;

    public String seal(String plaintext) {
        SecretRing.Version<SealingKey> current = versions.rings().sealingKeys().current(clock.instant());
        return new SealedText(current.number(), current.secret().seal(plaintext)).text();
    }

    public String open(String text) {
        SealedText sealed = SealedText.parse(text);
        return versions.version(Rings::sealingKeys, sealed.version(), "sealing key")
                .open(sealed.sealed());
    }
}
