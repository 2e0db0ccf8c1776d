package dev.otpserver.reliability;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Values no other request of the run uses, so that each delivery names the one request it belongs to. */
final class Fresh {

    private static final AtomicLong NEXT =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 4_000_000));
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private Fresh() {}

    static String phone() {
        return "+1555" + String.format("%07d", NEXT.incrementAndGet());
    }

    static String email() {
        return "rel-" + NEXT.incrementAndGet() + "-" + RUN + "@example.com";
    }

    static String id(String prefix) {
        return prefix + "-" + RUN + "-" + NEXT.incrementAndGet();
    }
}
