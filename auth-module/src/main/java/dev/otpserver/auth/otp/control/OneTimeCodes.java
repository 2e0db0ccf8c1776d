package dev.otpserver.auth.otp.control;

import static dev.otpserver.common.result.ResultCode.SUCCESS;
import static dev.otpserver.common.result.ResultCode.VERIFY_TIMES_EXCEED_LIMIT;

import dev.otpserver.auth.otp.control.CodeCheck.Verdict;
import dev.otpserver.auth.otp.control.WrongCodeBudget.Standing;
import dev.otpserver.auth.otp.entity.IssuedCode;
import dev.otpserver.auth.otp.entity.OneTimeCode;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.common.metrics.OtpMetrics.Dialect;
import dev.otpserver.common.result.GatewayException;
import dev.otpserver.common.result.ResultCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one way every dialect makes a code and checks a value against one: a fresh code follows the caller's
 * policy and is kept only as its keyed hash; a value is checked with the code's row locked, then its holder,
 * so that concurrent attempts queue up, every wrong one is counted (on the code and in the holder's budget)
 * and at most one right one passes.
 */
@ApplicationScoped
public class OneTimeCodes {

    @PersistenceContext(unitName = "otp")
    EntityManager entityManager;

    @Inject
    CodeGenerator generator;

    @Inject
    CodeHasher hasher;

    @Inject
    WrongCodeBudget budget;

    @Inject
    OtpMetrics metrics;

    /**
     * A new code: its id (the key of its hash and of the dialect's row), the value to send, the code to keep,
     * which knows only its hash, and its lifetime in the caller's policy.
     */
    public record Fresh(String codeId, String value, OneTimeCode code, long lifetimeMinutes) {

        /** What every message that carries a code says (see {@code MessageKind}): the value, its lifetime, who asks. */
        public Map<String, String> messageValues(String clientName) {
            return Map.of("code", value, "lifetimeMinutes", Long.toString(lifetimeMinutes), "clientName", clientName);
        }

        @Override
        public String toString() {
            return "Fresh[" + codeId + " until " + code.expiresAt() + "]";
        }
    }

    /** One value for an issued code, from a caller of a dialect, whose holder's wrong codes count together. */
    public record Trial(
            String clientId, Optional<CodeHolder> holder, IssuedCode issued, String candidate, Dialect dialect) {

        @Override
        public String toString() {
            return "Trial[" + clientId + "/" + issued.requestId() + " of " + holder.orElse(null) + "]";
        }
    }

    /** Issues a code under the caller's policy; the dialect keeps it in its row and sends its value. */
    public Fresh issue(OtpPolicy policy, Instant now) {
        String codeId = UUID.randomUUID().toString();
        String value = generator.next(policy.codeLength());
        OneTimeCode code =
                new OneTimeCode(hasher.hash(codeId, value), policy.maxWrongAttempts(), now.plus(policy.lifetime()));
        return new Fresh(codeId, value, code, policy.lifetimeMinutes());
    }

    /** The codes issued for a request id of a caller (at most one per kind and key). */
    public <T extends IssuedCode> List<T> issued(Class<T> kind, String clientId, String requestId) {
        return query(kind, clientId, requestId).getResultList();
    }

    /** The code issued for a request id of a caller, locked until the transaction ends. */
    public <T extends IssuedCode> Optional<T> lockForVerification(Class<T> kind, String clientId, String requestId) {
        return query(kind, clientId, requestId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private <T extends IssuedCode> TypedQuery<T> query(Class<T> kind, String clientId, String requestId) {
        return entityManager
                .createQuery(
                        "SELECT c FROM " + kind.getSimpleName() + " c"
                                + " WHERE c.clientId = :clientId AND c.requestId = :requestId",
                        kind)
                .setParameter("clientId", clientId)
                .setParameter("requestId", requestId);
    }

    /**
     * The family's verdict on the value (see {@link CodeCheck}), its wrong value counted and the holder's budget
     * settled; empty, with nothing checked, when the holder's budget of wrong codes is spent.
     */
    public Optional<Verdict> check(Trial trial, Instant now, Supplier<Optional<ResultCode>> whilePending) {
        Standing standing = budget.standing(trial.clientId(), trial.holder(), now);
        if (standing.spent()) {
            metrics.rateLimited(trial.dialect());
            return Optional.empty();
        }
        OneTimeCode code = trial.issued().code();
        boolean matches = hasher.matches(trial.issued().codeId(), trial.candidate(), code.keyedHash());
        Verdict verdict = CodeCheck.verdict(code, matches, now, whilePending);
        budget.settle(standing, verdict, now);
        metrics.codeChecked(trial.dialect(), verdict.outcome() == SUCCESS);
        return Optional.of(verdict);
    }

    /** How the Ant-gateway family refuses a value when its holder's budget is spent: as it refuses a locked code. */
    public GatewayException spentBudget(String clientId) {
        return new GatewayException(
                VERIFY_TIMES_EXCEED_LIMIT, budget.limit(clientId).refusal());
    }
}
