package dev.otpserver.notification.sms.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps a failing gateway out of the way: after {@code threshold} transient failures in a row its circuit opens
 * and calls skip it for {@code coolDown}; then one trial call goes through (half-open), and its result closes the
 * circuit or opens it for another cool-down. Per node and in memory: it only changes which gateway is tried first,
 * never an answer.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private int failures;
    private Instant openedAt;
    private boolean trialUnderway;

    public CircuitBreaker(int threshold, Duration coolDown, Clock clock) {
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Whether a call may go through now; in half-open, only the first caller gets the trial. */
    public synchronized boolean allowsCall() {
        if (openedAt == null) {
            return true;
        }
        if (trialUnderway || clock.instant().isBefore(openedAt.plus(coolDown))) {
            return false;
        }
        trialUnderway = true;
        return true;
    }

    /** The gateway answered (a refused number counts: the gateway itself works). */
    public synchronized void succeeded() {
        failures = 0;
        openedAt = null;
        trialUnderway = false;
    }

    public synchronized void failed() {
        failures++;
        if (trialUnderway || failures >= threshold) {
            openedAt = clock.instant();
        }
        trialUnderway = false;
    }

    public synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return trialUnderway || !clock.instant().isBefore(openedAt.plus(coolDown)) ? State.HALF_OPEN : State.OPEN;
    }
}
