package dev.otpserver.auth.otp.control;

import static dev.otpserver.common.result.ResultCode.AUTHENTICATION_REQUEST_ID_INVALID;
import static dev.otpserver.common.result.ResultCode.SUCCESS;
import static dev.otpserver.common.result.ResultCode.VERIFY_TIMES_EXCEED_LIMIT;
import static dev.otpserver.common.result.ResultCode.VERIFY_UNMATCHED;

import dev.otpserver.auth.otp.entity.OneTimeCode;
import dev.otpserver.auth.otp.entity.OneTimeCode.Attempt;
import dev.otpserver.common.result.ResultCode;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The family's answer to a candidate code, the same for every kind of challenge. A pending code is checked
 * after {@code whilePending} found nothing against it (e.g. a revoked token); an expired one is unmatched
 * whatever the value. A finished code tells nothing about a value: a locked one refuses every value; a used
 * one passes again only for the value that passed, while it lives and until another value comes, which is
 * refused like every value after it.
 */
public final class CodeCheck {

    /**
     * The answer to one value, and whether the value was a wrong one held against a live code: a guess, which
     * counts against the holder's budget of wrong codes.
     */
    public record Verdict(ResultCode outcome, boolean wrongValue) {}

    private CodeCheck() {}

    public static Verdict verdict(
            OneTimeCode code, boolean matches, Instant now, Supplier<Optional<ResultCode>> whilePending) {
        return switch (code.status()) {
            case VERIFIED -> again(code.repeat(matches, now));
            case LOCKED -> new Verdict(VERIFY_TIMES_EXCEED_LIMIT, false);
            case PENDING ->
                whilePending
                        .get()
                        .map(refusal -> new Verdict(refusal, false))
                        .orElseGet(() -> first(code.attempt(matches, now)));
        };
    }

    private static Verdict first(Attempt attempt) {
        return attempt == Attempt.PASSED
                ? new Verdict(SUCCESS, false)
                : new Verdict(VERIFY_UNMATCHED, attempt == Attempt.WRONG);
    }

    private static Verdict again(Attempt attempt) {
        return attempt == Attempt.PASSED
                ? new Verdict(SUCCESS, false)
                : new Verdict(AUTHENTICATION_REQUEST_ID_INVALID, attempt == Attempt.WRONG);
    }
}
