package dev.otpserver.notification.delivery.control;

import java.time.Duration;

/**
 * How long one transaction goes on sending messages just queued: it takes the next one only while it would still
 * be done within the window, judged by its slowest send so far. A message sent is on record only once the
 * transaction commits, so the window is how long a kill can find a sent message unrecorded (and send it again):
 * one slow send (an SMTP relay taking seconds) must not be followed by more.
 */
final class SendingWindow {

    private final long lengthNanos;
    private final long openedNanos;
    private long slowestSendNanos;

    SendingWindow(Duration length, long nowNanos) {
        this.lengthNanos = length.toNanos();
        this.openedNanos = nowNanos;
    }

    /** Whether one more send, as slow as the slowest so far, would still end within the window. */
    boolean roomForAnother(long nowNanos) {
        return nowNanos - openedNanos + slowestSendNanos <= lengthNanos;
    }

    void sent(long tookNanos) {
        slowestSendNanos = Math.max(slowestSendNanos, tookNanos);
    }
}
