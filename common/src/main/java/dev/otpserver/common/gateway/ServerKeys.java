package dev.otpserver.common.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Produces the one server signing key and the response signer that uses it. */
@ApplicationScoped
public class ServerKeys {

    @Inject
    GatewaySettings settings;

    @Produces
    @Singleton
    ServerSigningKey serverSigningKey() {
        return ServerSigningKey.loadOrCreate(settings.signingKeyPath(), settings.signingKeyVersion());
    }

    @Produces
    @Singleton
    ResponseSigner responseSigner(ServerSigningKey key, Clock clock) {
        return new ResponseSigner(key, clock);
    }
}
