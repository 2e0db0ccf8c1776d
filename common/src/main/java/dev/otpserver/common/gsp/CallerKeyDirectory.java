package dev.otpserver.common.gsp;

import com.nimbusds.jose.jwk.JWK;
import dev.otpserver.common.gsp.JoseEnvelope.SenderKey;
import java.util.List;
import java.util.Optional;

/** Contract between the payment-integrator gateway and the client registry of config-module: callers' public keys. */
public interface CallerKeyDirectory {

    /** Who calls: a registered client, by id and by its name for people. */
    record Caller(String clientId, String clientName) {}

    /** Active signature keys of active callers; those with {@code keyId} when it is given, else all. */
    List<SenderKey<Caller>> signingKeys(Optional<String> keyId);

    /** The caller's newest active encryption key, to which answers are encrypted. */
    Optional<JWK> encryptionKey(String clientId);

    /** The caller, if it is registered and active (for the plain-JSON development mode). */
    Optional<Caller> find(String clientId);
}
