package dev.otpserver.notification.delivery.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendingWindowTest {

    private static final long MS = 1_000_000;

    @Test
    void quickSendsGoOnUntilTheNextWouldEndPastTheWindow() {
        SendingWindow window = new SendingWindow(Duration.ofMillis(100), 0);
        window.sent(10 * MS);
        window.sent(12 * MS);

        assertTrue(window.roomForAnother(88 * MS));
        assertFalse(window.roomForAnother(89 * MS));
    }

    @Test
    void oneSlowSendIsFollowedByNoOther() {
        SendingWindow window = new SendingWindow(Duration.ofMillis(100), 0);
        window.sent(60 * MS);

        assertFalse(window.roomForAnother(60 * MS + 1));
    }

    @Test
    void theSlowestSendSoFarIsTheMeasureNotTheLast() {
        SendingWindow window = new SendingWindow(Duration.ofMillis(100), 0);
        window.sent(40 * MS);
        window.sent(1 * MS);

        assertFalse(window.roomForAnother(61 * MS));
        assertTrue(window.roomForAnother(60 * MS));
    }
}
