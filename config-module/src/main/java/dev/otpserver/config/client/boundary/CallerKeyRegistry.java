package dev.otpserver.config.client.boundary;

import com.nimbusds.jose.jwk.JWK;
import dev.otpserver.common.gsp.CallerKeyDirectory;
import dev.otpserver.common.gsp.JoseEnvelope.SenderKey;
import dev.otpserver.config.client.control.ClientStore;
import dev.otpserver.config.client.control.JoseKeyStore;
import dev.otpserver.config.client.control.RegistryCache;
import dev.otpserver.config.client.entity.ClientJoseKey;
import dev.otpserver.config.client.entity.ClientStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The payment-integrator gateway's view of the registry: active callers and their active public JOSE keys.
 * Asked twice on every request, mostly answered from the cache, so it starts no transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallerKeyRegistry implements CallerKeyDirectory {

    private static final Logger LOG = Logger.getLogger(CallerKeyRegistry.class.getName());

    @Inject
    JoseKeyStore keys;

    @Inject
    ClientStore clients;

    @Inject
    RegistryCache cache;

    /** The questions this registry answers, as the cache keeps them. */
    private record SigningKeys(Optional<String> keyId) {}

    private record EncryptionKey(String clientId) {}

    private record CallerNamed(String clientId) {}

    @Override
    public List<SenderKey<Caller>> signingKeys(Optional<String> keyId) {
        return cache.get(new SigningKeys(keyId), question -> lookUpSigningKeys(question.keyId()));
    }

    @Override
    public Optional<JWK> encryptionKey(String clientId) {
        return cache.get(
                new EncryptionKey(clientId),
                question -> keys.newestActive(question.clientId(), ClientJoseKey.Use.enc)
                        .flatMap(CallerKeyRegistry::parsed));
    }

    @Override
    public Optional<Caller> find(String clientId) {
        return cache.get(
                new CallerNamed(clientId),
                question -> clients.find(question.clientId())
                        .filter(client -> client.status() == ClientStatus.ACTIVE)
                        .map(client -> new Caller(client.clientId(), client.name())));
    }

    private List<SenderKey<Caller>> lookUpSigningKeys(Optional<String> keyId) {
        return keys.activeSigningKeys(keyId).stream()
                .flatMap(key ->
                        parsed(key)
                                .flatMap(jwk -> find(key.clientId()).map(caller -> new SenderKey<>(caller, jwk)))
                                .stream())
                .toList();
    }

    /** Keys are checked when added; one that no longer parses is skipped, not fatal to the others. */
    private static Optional<JWK> parsed(ClientJoseKey key) {
        try {
            return Optional.of(JWK.parse(key.jwk()));
        } catch (ParseException broken) {
            LOG.warning(() -> "Skipping unreadable JOSE key " + key.keyId() + " of client " + key.clientId());
            return Optional.empty();
        }
    }
}
