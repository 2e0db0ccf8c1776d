package dev.otpserver.config.client.boundary;

import dev.otpserver.common.gateway.ClientKeyDirectory;
import dev.otpserver.common.gateway.PartnerKeys;
import dev.otpserver.common.signature.PemKeys;
import dev.otpserver.config.client.control.ClientStore;
import dev.otpserver.config.client.control.RegistryCache;
import dev.otpserver.config.client.entity.ClientStatus;
import dev.otpserver.config.client.entity.PartnerClientKey;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The gateway's view of the registry: a client's status and its active keys. Asked on every request, mostly
 * answered from the cache, so it starts no transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ClientRegistry implements ClientKeyDirectory {

    /** The question this registry answers, as the cache keeps it. */
    private record KeysOf(String clientId) {}

    @Inject
    ClientStore store;

    @Inject
    RegistryCache cache;

    @Override
    public Optional<PartnerKeys> find(String clientId) {
        return cache.get(new KeysOf(clientId), question -> lookUp(question.clientId()));
    }

    private Optional<PartnerKeys> lookUp(String clientId) {
        return store.find(clientId)
                .map(client -> new PartnerKeys(
                        client.clientId(),
                        client.name(),
                        client.status() == ClientStatus.ACTIVE,
                        activeKeys(client.clientId())));
    }

    private Map<Integer, PublicKey> activeKeys(String clientId) {
        return store.activeKeys(clientId).stream()
                .collect(Collectors.toMap(PartnerClientKey::keyVersion, key -> PemKeys.publicKey(key.publicKey())));
    }
}
