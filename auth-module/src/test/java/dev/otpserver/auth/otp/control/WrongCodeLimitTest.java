package dev.otpserver.auth.otp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WrongCodeLimitTest {

    private final WrongCodeLimit limit = new WrongCodeLimit(20, Duration.ofHours(24));

    @Test
    void theBudgetIsSpentByItsLastWrongCode() {
        assertFalse(limit.spentBy(19));
        assertTrue(limit.spentBy(20));
    }

    @Test
    void theRefusalSaysTheLimitAndNothingElse() {
        assertEquals(
                "Too many wrong codes for this user (20 within 24 h since the last success); try again later.",
                limit.refusal());
        assertTrue(new WrongCodeLimit(3, Duration.ofSeconds(90)).refusal().contains("3 within 90 s"));
    }

    @Test
    void anEmptyBudgetOrWindowIsRefusedNamingTheSetting() {
        IllegalArgumentException budget =
                assertThrows(IllegalArgumentException.class, () -> new WrongCodeLimit(0, Duration.ofHours(1)));
        IllegalArgumentException window =
                assertThrows(IllegalArgumentException.class, () -> new WrongCodeLimit(5, Duration.ZERO));

        assertTrue(budget.getMessage().contains("wrong-code-budget"), budget.getMessage());
        assertTrue(window.getMessage().contains("wrong-code-window-seconds"), window.getMessage());
    }
}
