package dev.otpserver.config.client.boundary;

import dev.otpserver.common.persistence.SchemaMigrated;
import dev.otpserver.common.seed.SeedSettings;
import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.config.client.control.ClientStore;
import dev.otpserver.config.client.control.SeedFile;
import dev.otpserver.config.client.control.SeedFile.SeededClient;
import dev.otpserver.config.client.entity.ClientStatus;
import dev.otpserver.config.client.entity.KeyStatus;
import dev.otpserver.config.client.entity.PartnerClient;
import dev.otpserver.config.client.entity.PartnerClientKey;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Registers the clients of the seed file at startup, so that a newcomer can make a signed call at once.
 * Adds what is missing and never overwrites: what an admin changed later stays as it is.
 */
@Stateless
public class ClientSeed {

    private static final Logger LOG = Logger.getLogger(ClientSeed.class.getName());

    @Inject
    SeedSettings settings;

    @Inject
    ClientStore store;

    @Inject
    Clock clock;

    public void seed(@Observes SchemaMigrated migrated) {
        settings.seedFile().ifPresent(file -> SeedFile.read(file).forEach(this::register));
    }

    private void register(SeededClient seeded) {
        if (store.find(seeded.clientId()).isEmpty()) {
            store.add(new PartnerClient(seeded.clientId(), seeded.name(), ClientStatus.ACTIVE, clock.instant()));
            LOG.info(() -> "Seeded partner client " + seeded.clientId());
        }
        seeded.keys().stream()
                .filter(key -> !store.hasKey(seeded.clientId(), key.keyVersion()))
                .forEach(key -> {
                    PemKeys.publicKey(key.publicKeyPem());
                    store.add(new PartnerClientKey(
                            seeded.clientId(),
                            key.keyVersion(),
                            key.publicKeyPem(),
                            KeyStatus.ACTIVE,
                            clock.instant()));
                });
    }
}
