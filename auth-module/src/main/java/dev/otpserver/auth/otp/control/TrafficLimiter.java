package dev.otpserver.auth.otp.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Holds each client to its requests per minute across every node. The count is kept in the database, but a
 * node reserves a slice of the minute's allowance at a time (a hundredth of it, a single request under a limit
 * below 200) and spends it here, so that a busy client costs one database round trip per slice rather than per
 * request. A slice unspent when its minute ends is lost: the limit may refuse a little early, never late.
 */
@ApplicationScoped
public class TrafficLimiter {

    private static final int SLICES_PER_MINUTE = 100;

    private final ConcurrentMap<String, Allowance> allowances = new ConcurrentHashMap<>();

    @Inject
    TrafficCounts counts;

    @Inject
    Clock clock;

    /** Counts this request; false once the client has used up its {@code perMinute} in the current minute. */
    public boolean admit(String clientId, int perMinute) {
        Instant window = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Allowance allowance = allowances.computeIfAbsent(clientId, id -> new Allowance());
        synchronized (allowance) {
            if (!window.equals(allowance.window)) {
                allowance.startMinute(window);
            }
            if (allowance.left == 0 && !allowance.usedUp) {
                allowance.grant(reserve(clientId, window, perMinute), slice(perMinute));
            }
            return allowance.spend();
        }
    }

    private static int slice(int perMinute) {
        return Math.max(1, perMinute / SLICES_PER_MINUTE);
    }

    /** How many of a slice the minute still had; the first request of a minute on two nodes at once may collide. */
    private int reserve(String clientId, Instant window, int perMinute) {
        int slice = slice(perMinute);
        int total;
        try {
            total = counts.add(clientId, window, slice);
        } catch (EJBException collision) {
            total = counts.add(clientId, window, slice);
        }
        return Math.max(0, Math.min(slice, perMinute - (total - slice)));
    }

    /** A client's requests that this node may still admit in the current minute. */
    private static final class Allowance {

        private Instant window;
        private int left;
        private boolean usedUp;

        void startMinute(Instant minute) {
            window = minute;
            left = 0;
            usedUp = false;
        }

        /** A slice granted in part means the minute's allowance is gone: ask no more until the next minute. */
        void grant(int granted, int slice) {
            left = granted;
            usedUp = granted < slice;
        }

        boolean spend() {
            if (left == 0) {
                return false;
            }
            left--;
            return true;
        }
    }
}
