package dev.otpserver.common.gateway;

import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the gateway needs to know of a partner client: whether it may call, and its active keys by version.
 *
 * @param name the client's name for people, e.g. in the messages sent on its behalf
 */
public record PartnerKeys(String clientId, String name, boolean active, Map<Integer, PublicKey> keysByVersion) {

    public PartnerKeys {
        keysByVersion = Map.copyOf(keysByVersion);
    }

    public Optional<PublicKey> key(int keyVersion) {
        return Optional.ofNullable(keysByVersion.get(keyVersion));
    }

    /** The version a Signature header without keyVersion means: the client's latest active key. */
    public OptionalInt latestVersion() {
        return keysByVersion.keySet().stream().mapToInt(Integer::intValue).max();
    }
}
