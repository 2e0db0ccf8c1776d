package dev.otpserver.auth.otp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.otpserver.auth.otp.entity.KeptAnswer;
import org.junit.jupiter.api.Test;

class IdempotentAnswersTest {

    private final KeptAnswer kept = () -> "fingerprint-of-the-first-body";

    @Test
    void theSameRequestGetsTheKeptAnswer() {
        assertSame(
                kept, IdempotentAnswers.sameRequest(kept, "fingerprint-of-the-first-body", IllegalStateException::new));
    }

    @Test
    void anotherRequestUnderTheSameIdIsRefusedInTheDialectsWords() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> IdempotentAnswers.sameRequest(
                        kept,
                        "fingerprint-of-another-body",
                        () -> new IllegalStateException("REPEAT_REQ_INCONSISTENT")));
        assertEquals("REPEAT_REQ_INCONSISTENT", refused.getMessage());
    }
}
