package dev.otpserver.config.client.control;

import dev.otpserver.config.client.entity.KeyStatus;
import dev.otpserver.config.client.entity.PartnerClient;
import dev.otpserver.config.client.entity.PartnerClientKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and writes partner clients and their keys. */
@ApplicationScoped
public class ClientStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public Optional<PartnerClient> find(String clientId) {
        return Optional.ofNullable(entityManager.find(PartnerClient.class, clientId));
    }

    public List<PartnerClientKey> activeKeys(String clientId) {
        return entityManager
                .createQuery(
                        "SELECT k FROM PartnerClientKey k WHERE k.clientId = :clientId AND k.status = :status",
                        PartnerClientKey.class)
                .setParameter("clientId", clientId)
                .setParameter("status", KeyStatus.ACTIVE)
                .getResultList();
    }

    public List<PartnerClient> all(int limit) {
        return entityManager
                .createQuery("SELECT c FROM PartnerClient c ORDER BY c.clientId", PartnerClient.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every key of the client, active and revoked, by version. */
    public List<PartnerClientKey> keysOf(String clientId) {
        return entityManager
                .createQuery(
                        "SELECT k FROM PartnerClientKey k WHERE k.clientId = :clientId ORDER BY k.keyVersion",
                        PartnerClientKey.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    public Optional<PartnerClientKey> key(String clientId, int keyVersion) {
        return Optional.ofNullable(
                entityManager.find(PartnerClientKey.class, new PartnerClientKey.Key(clientId, keyVersion)));
    }

    public boolean hasKey(String clientId, int keyVersion) {
        return entityManager.find(PartnerClientKey.class, new PartnerClientKey.Key(clientId, keyVersion)) != null;
    }

    public void add(PartnerClient client) {
        entityManager.persist(client);
    }

    public void add(PartnerClientKey key) {
        entityManager.persist(key);
    }
}
