package dev.otpserver.common.gateway;

import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;

/** What the gateway needs to know of a partner client: whether it may call, and its active keys by version. */
public record PartnerKeys(String clientId, boolean active, Map<Integer, PublicKey> keysByVersion) {

    public PartnerKeys {
        keysByVersion = Map.copyOf(keysByVersion);
    }

    public Optional<PublicKey> key(int keyVersion) {
        return Optional.ofNullable(keysByVersion.get(keyVersion));
    }
}
