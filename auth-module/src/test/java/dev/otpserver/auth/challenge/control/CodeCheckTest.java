package dev.otpserver.auth.challenge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.auth.challenge.entity.OneTimeCode;
import dev.otpserver.common.result.ResultCode;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeCheckTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final OneTimeCode code = new OneTimeCode("hash", 3, NOW.plusSeconds(300));

    @Test
    void rightCodePassesOnceAndAgainOnlyWithTheSameValue() {
        assertEquals(ResultCode.SUCCESS, check(true));
        assertEquals(ResultCode.SUCCESS, check(true));
        assertEquals(ResultCode.AUTHENTICATION_REQUEST_ID_INVALID, check(false));
    }

    @Test
    void afterTheLastAllowedWrongCodeEvenTheRightOneFails() {
        assertEquals(ResultCode.VERIFY_UNMATCHED, check(false));
        assertEquals(ResultCode.VERIFY_UNMATCHED, check(false));
        assertEquals(ResultCode.VERIFY_UNMATCHED, check(false));

        assertEquals(ResultCode.VERIFY_TIMES_EXCEED_LIMIT, check(true));
        assertEquals(3, code.failedAttempts());
    }

    @Test
    void expiredCodeIsUnmatchedAndNotCounted() {
        ResultCode late = CodeCheck.outcome(code, true, NOW.plusSeconds(300), Optional::empty);

        assertEquals(ResultCode.VERIFY_UNMATCHED, late);
        assertEquals(0, code.failedAttempts());
    }

    @Test
    void aProblemWithThePendingCodesHolderWinsAndCountsNothing() {
        ResultCode refused = CodeCheck.outcome(code, false, NOW, () -> Optional.of(ResultCode.USER_STATUS_ABNORMAL));

        assertEquals(ResultCode.USER_STATUS_ABNORMAL, refused);
        assertEquals(0, code.failedAttempts());
    }

    private ResultCode check(boolean matches) {
        return CodeCheck.outcome(code, matches, NOW, Optional::empty);
    }
}
