package dev.otpserver.auth.challenge.control;

import static dev.otpserver.common.result.ResultCode.AUTHENTICATION_REQUEST_ID_INVALID;
import static dev.otpserver.common.result.ResultCode.SUCCESS;
import static dev.otpserver.common.result.ResultCode.VERIFY_TIMES_EXCEED_LIMIT;
import static dev.otpserver.common.result.ResultCode.VERIFY_UNMATCHED;

import dev.otpserver.auth.challenge.entity.OneTimeCode;
import dev.otpserver.common.result.ResultCode;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The family's answer to a candidate code, the same for every kind of challenge: a used code passes again
 * only with the same value, a locked one never, a pending one after {@code whilePending} found nothing
 * against it (e.g. a revoked token).
 */
public final class CodeCheck {

    private CodeCheck() {
    }

    public static ResultCode outcome(OneTimeCode code, boolean matches, Instant now, Supplier<Optional<ResultCode>> whilePending) {
        return switch (code.status()) {
            case VERIFIED -> matches ? SUCCESS : AUTHENTICATION_REQUEST_ID_INVALID;
            case LOCKED -> VERIFY_TIMES_EXCEED_LIMIT;
            case PENDING -> whilePending.get().orElseGet(() ->
                    code.attempt(matches, now) == OneTimeCode.Attempt.PASSED ? SUCCESS : VERIFY_UNMATCHED);
        };
    }
}
