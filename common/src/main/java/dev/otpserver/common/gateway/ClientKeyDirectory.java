package dev.otpserver.common.gateway;

import java.util.Optional;

/** Contract between the gateway and the client registry of config-module. */
public interface ClientKeyDirectory {

    /** The client with its active keys; empty when no client has that id. */
    Optional<PartnerKeys> find(String clientId);
}
