package dev.otpserver.common.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Produces the server signing key of the secret store (its file, the base version) and the response signer,
 * which signs with the key in use ({@link SigningKeys}).
 */
@ApplicationScoped
public class ServerKeys {

    @Inject
    GatewaySettings settings;

    @Produces
    @Singleton
    ServerSigningKey serverSigningKey() {
        return ServerSigningKey.loadOrCreate(settings.signingKeyPath(), settings.signingKeyVersion());
    }

    /**
     * Loads (or makes) the key at deployment rather than at the first answer: its public half is what the
     * operator hands to partners before any of them calls, and a key that cannot be read fails the deployment.
     */
    void loadAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed, ServerSigningKey key) {
        // the parameter alone resolves the key
    }

    @Produces
    @Singleton
    ResponseSigner responseSigner(CurrentSigningKey key, Clock clock) {
        return new ResponseSigner(key, clock);
    }
}
