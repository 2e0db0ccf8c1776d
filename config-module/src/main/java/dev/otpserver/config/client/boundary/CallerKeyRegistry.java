package dev.otpserver.config.client.boundary;

import com.nimbusds.jose.jwk.JWK;
import dev.otpserver.common.gsp.CallerKeyDirectory;
import dev.otpserver.common.gsp.JoseEnvelope.SenderKey;
import dev.otpserver.config.client.control.ClientStore;
import dev.otpserver.config.client.control.JoseKeyStore;
import dev.otpserver.config.client.entity.ClientJoseKey;
import dev.otpserver.config.client.entity.ClientStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The payment-integrator gateway's view of the registry: active callers and their active public JOSE keys. */
@Stateless
public class CallerKeyRegistry implements CallerKeyDirectory {

    private static final Logger LOG = Logger.getLogger(CallerKeyRegistry.class.getName());

    @Inject
    JoseKeyStore keys;

    @Inject
    ClientStore clients;

    @Override
    public List<SenderKey<Caller>> signingKeys(Optional<String> keyId) {
        return keys.activeSigningKeys(keyId).stream()
                .flatMap(key -> parsed(key).flatMap(jwk -> find(key.clientId()).map(caller -> new SenderKey<>(caller, jwk))).stream())
                .toList();
    }

    @Override
    public Optional<JWK> encryptionKey(String clientId) {
        return keys.newestActive(clientId, ClientJoseKey.Use.enc).flatMap(CallerKeyRegistry::parsed);
    }

    @Override
    public Optional<Caller> find(String clientId) {
        return clients.find(clientId).filter(client -> client.status() == ClientStatus.ACTIVE)
                .map(client -> new Caller(client.clientId(), client.name()));
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
