package dev.otpserver.auth.otp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.auth.otp.control.CodeCheck.Verdict;
import dev.otpserver.auth.otp.entity.OneTimeCode;
import dev.otpserver.common.result.ResultCode;
import dev.otpserver.common.secret.KeyedHash;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeCheckTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final OneTimeCode code = new OneTimeCode(new KeyedHash(1, "hash"), 3, NOW.plusSeconds(300));

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
        Verdict late = CodeCheck.verdict(code, true, NOW.plusSeconds(300), Optional::empty);

        assertEquals(new Verdict(ResultCode.VERIFY_UNMATCHED, false), late);
        assertEquals(0, code.failedAttempts());
    }

    @Test
    void aProblemWithThePendingCodesHolderWinsAndCountsNothing() {
        Verdict refused = CodeCheck.verdict(code, false, NOW, () -> Optional.of(ResultCode.USER_STATUS_ABNORMAL));

        assertEquals(new Verdict(ResultCode.USER_STATUS_ABNORMAL, false), refused);
        assertEquals(0, code.failedAttempts());
    }

    @Test
    void aWrongCodeOnALiveCodeIsAGuessThatCounts() {
        assertEquals(new Verdict(ResultCode.VERIFY_UNMATCHED, true), verdict(false, NOW));
    }

    @Test
    void aUsedCodeAnswersOneGuessAtMostAndThenTheSameToEveryValue() {
        verdict(true, NOW);

        Verdict guess = verdict(false, NOW.plusSeconds(1));
        Verdict rightAfterTheGuess = verdict(true, NOW.plusSeconds(2));
        Verdict wrongAfterTheGuess = verdict(false, NOW.plusSeconds(3));

        assertEquals(new Verdict(ResultCode.AUTHENTICATION_REQUEST_ID_INVALID, true), guess);
        assertEquals(new Verdict(ResultCode.AUTHENTICATION_REQUEST_ID_INVALID, false), rightAfterTheGuess);
        assertEquals(rightAfterTheGuess, wrongAfterTheGuess);
        assertEquals(0, code.failedAttempts(), "guesses on a used code do not touch its attempts");
    }

    @Test
    void aUsedCodePassesAgainOnlyWhileItLives() {
        verdict(true, NOW);

        assertEquals(new Verdict(ResultCode.SUCCESS, false), verdict(true, NOW.plusSeconds(299)));
        assertEquals(
                new Verdict(ResultCode.AUTHENTICATION_REQUEST_ID_INVALID, false), verdict(true, NOW.plusSeconds(300)));
        assertEquals(
                new Verdict(ResultCode.AUTHENTICATION_REQUEST_ID_INVALID, false), verdict(false, NOW.plusSeconds(300)));
    }

    @Test
    void aLockedCodeAnswersEveryValueAlikeAndCountsNone() {
        verdict(false, NOW);
        verdict(false, NOW);
        verdict(false, NOW);

        assertEquals(new Verdict(ResultCode.VERIFY_TIMES_EXCEED_LIMIT, false), verdict(true, NOW));
        assertEquals(new Verdict(ResultCode.VERIFY_TIMES_EXCEED_LIMIT, false), verdict(false, NOW));
    }

    private ResultCode check(boolean matches) {
        return verdict(matches, NOW).outcome();
    }

    private Verdict verdict(boolean matches, Instant at) {
        return CodeCheck.verdict(code, matches, at, Optional::empty);
    }
}
