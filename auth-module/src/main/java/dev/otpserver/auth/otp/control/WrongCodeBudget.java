package dev.otpserver.auth.otp.control;

import static dev.otpserver.common.result.ResultCode.SUCCESS;

import dev.otpserver.auth.otp.control.CodeCheck.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Each holder's budget of wrong codes across request ids and dialects ({@link WrongCodeLimit}, per client like
 * the other OTP rules): read before a value is checked, with the holder locked, and settled after it. A code
 * whose holder is not known (a 3DS passcode for a card without a phone) has only its own attempt limit.
 */
@ApplicationScoped
public class WrongCodeBudget {

    @Inject
    WrongCodeStore store;

    @Inject
    OtpPolicies policies;

    /**
     * Where a holder stands against the client's limit: {@code failures} are its wrong codes within the window, or
     * more (those on record) when they are too few to spend the budget; {@code onRecord} those the holder's row counts.
     */
    public record Standing(Optional<CodeHolder> holder, WrongCodeLimit limit, long failures, long onRecord) {

        public boolean spent() {
            return holder.isPresent() && limit.spentBy(failures);
        }
    }

    /**
     * The holder's standing, the holder locked until the transaction ends so that its values are judged one at a
     * time. Its wrong codes within the window are counted only when those on record could spend the budget.
     */
    public Standing standing(String clientId, Optional<CodeHolder> holder, Instant now) {
        WrongCodeLimit limit = limit(clientId);
        if (holder.isEmpty()) {
            return new Standing(holder, limit, 0, 0);
        }
        long onRecord = store.lock(holder.get(), now);
        long failures =
                limit.spentBy(onRecord) ? store.failuresSince(holder.get(), now.minus(limit.window())) : onRecord;
        return new Standing(holder, limit, failures, onRecord);
    }

    public WrongCodeLimit limit(String clientId) {
        return policies.wrongCodeLimit(clientId);
    }

    /** Counts a wrong value held against a live code; a success forgets the holder's wrong codes. */
    public void settle(Standing standing, Verdict verdict, Instant now) {
        standing.holder().ifPresent(holder -> {
            if (verdict.wrongValue()) {
                store.add(holder, now);
            } else if (verdict.outcome() == SUCCESS && standing.onRecord() > 0) {
                store.forget(holder);
            }
        });
    }
}
