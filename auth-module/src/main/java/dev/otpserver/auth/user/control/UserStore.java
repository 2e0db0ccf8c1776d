package dev.otpserver.auth.user.control;

import dev.otpserver.auth.user.entity.EndUser;
import dev.otpserver.auth.user.entity.WalletToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and writes end users and their wallet tokens. */
@ApplicationScoped
public class UserStore {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    public Optional<EndUser> find(String userId) {
        return Optional.ofNullable(entityManager.find(EndUser.class, userId));
    }

    /** A wallet token with the user who holds it. */
    public record TokenHolder(WalletToken token, EndUser user) {}

    /**
     * The token and its holder in one round trip, both locked until the transaction ends: codes for one user are
     * then issued one after the other, on any node, so that send limits count exactly. The wallet's verification
     * locks a challenge's token and user in the same order (the token first), so the two cannot deadlock.
     */
    public Optional<TokenHolder> lockHolderOf(List<String> tokenHashes) {
        return entityManager
                .createQuery(
                        "SELECT t, u FROM WalletToken t JOIN EndUser u ON u.userId = t.userId"
                                + " WHERE t.tokenHash IN :tokenHashes",
                        Object[].class)
                .setParameter("tokenHashes", tokenHashes)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(row -> new TokenHolder((WalletToken) row[0], (EndUser) row[1]));
    }

    public void add(EndUser user) {
        entityManager.persist(user);
    }

    public Optional<WalletToken> token(String tokenHash) {
        return Optional.ofNullable(entityManager.find(WalletToken.class, tokenHash));
    }

    public List<WalletToken> tokensOf(String userId) {
        return entityManager
                .createQuery(
                        "SELECT t FROM WalletToken t WHERE t.userId = :userId ORDER BY t.createdAt", WalletToken.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    public void add(WalletToken token) {
        entityManager.persist(token);
    }
}
