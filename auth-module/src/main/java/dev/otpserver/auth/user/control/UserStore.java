package dev.otpserver.auth.user.control;

import dev.otpserver.auth.user.entity.EndUser;
import dev.otpserver.auth.user.entity.WalletToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
     *
     * <p>The hashes are bound one parameter each ({@code IN (:h0, :h1)}), not as one list parameter: Hibernate
     * caches no plan for a query with a list parameter and translated this one anew on every code issued (8% of
     * the CPU of {@code initAuthentication}); there is a query, and a cached plan, per number of pepper versions.
     */
    public Optional<TokenHolder> lockHolderOf(List<String> tokenHashes) {
        var query = entityManager.createQuery(holderQuery(tokenHashes.size()), Object[].class);
        for (int i = 0; i < tokenHashes.size(); i++) {
            query.setParameter("h" + i, tokenHashes.get(i));
        }
        return query.setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(row -> new TokenHolder((WalletToken) row[0], (EndUser) row[1]));
    }

    private static String holderQuery(int hashes) {
        if (hashes < 1) {
            throw new IllegalArgumentException("No token hash to look for");
        }
        return "SELECT t, u FROM WalletToken t JOIN EndUser u ON u.userId = t.userId WHERE t.tokenHash IN ("
                + IntStream.range(0, hashes).mapToObj(i -> ":h" + i).collect(Collectors.joining(", "))
                + ")";
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
