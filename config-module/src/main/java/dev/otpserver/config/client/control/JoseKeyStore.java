package dev.otpserver.config.client.control;

import dev.otpserver.config.client.entity.ClientJoseKey;
import dev.otpserver.config.client.entity.ClientStatus;
import dev.otpserver.config.client.entity.KeyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Reads and writes callers' public JOSE keys. */
@ApplicationScoped
public class JoseKeyStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    /** Active signature keys of active clients, with {@code keyId} when given. */
    public List<ClientJoseKey> activeSigningKeys(Optional<String> keyId) {
        TypedQuery<ClientJoseKey> query = entityManager
                .createQuery(
                        "SELECT k FROM ClientJoseKey k, PartnerClient c"
                                + " WHERE c.clientId = k.clientId AND c.status = :active AND k.status = :keyActive AND k.use = :use"
                                + (keyId.isPresent() ? " AND k.keyId = :keyId" : ""),
                        ClientJoseKey.class)
                .setParameter("active", ClientStatus.ACTIVE)
                .setParameter("keyActive", KeyStatus.ACTIVE)
                .setParameter("use", ClientJoseKey.Use.sig);
        keyId.ifPresent(id -> query.setParameter("keyId", id));
        return query.getResultList();
    }

    public Optional<ClientJoseKey> newestActive(String clientId, ClientJoseKey.Use use) {
        return entityManager
                .createQuery(
                        "SELECT k FROM ClientJoseKey k WHERE k.clientId = :clientId AND k.use = :use"
                                + " AND k.status = :active ORDER BY k.createdAt DESC",
                        ClientJoseKey.class)
                .setParameter("clientId", clientId)
                .setParameter("use", use)
                .setParameter("active", KeyStatus.ACTIVE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<ClientJoseKey> keysOf(String clientId) {
        return entityManager
                .createQuery(
                        "SELECT k FROM ClientJoseKey k WHERE k.clientId = :clientId ORDER BY k.createdAt",
                        ClientJoseKey.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    public Optional<ClientJoseKey> find(String clientId, String keyId) {
        return Optional.ofNullable(entityManager.find(ClientJoseKey.class, new ClientJoseKey.Key(clientId, keyId)));
    }

    public void add(ClientJoseKey key) {
        entityManager.persist(key);
    }
}
