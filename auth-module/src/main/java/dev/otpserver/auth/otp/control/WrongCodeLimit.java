package dev.otpserver.auth.otp.control;

import java.time.Duration;

/**
 * How many wrong codes one holder (a user, a phone number) may send across request ids and dialects within a
 * rolling window, a success forgetting them: beyond it no code is checked, the right one included.
 *
 * @param budget wrong codes allowed within {@code window}
 * @param window how far back wrong codes count
 */
public record WrongCodeLimit(int budget, Duration window) {

    public WrongCodeLimit {
        if (budget < 1) {
            throw new IllegalArgumentException("otp.auth wrong-code-budget must be at least 1, not " + budget);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "otp.auth wrong-code-window-seconds must be positive, not " + window.toSeconds());
        }
    }

    /** The holder has used up the budget with {@code failures} wrong codes within the window. */
    public boolean spentBy(long failures) {
        return failures >= budget;
    }

    /** The refusal's message; it names neither the holder nor anything about a code. */
    public String refusal() {
        return "Too many wrong codes for this user (" + budget + " within " + windowText()
                + " since the last success); try again later.";
    }

    private String windowText() {
        long seconds = window.toSeconds();
        return seconds % 3600 == 0 ? seconds / 3600 + " h" : seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
