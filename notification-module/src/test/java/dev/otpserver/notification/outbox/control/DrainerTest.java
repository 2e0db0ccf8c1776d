package dev.otpserver.notification.outbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DrainerTest {

    @Test
    void drainRunsOnItsOwnThreadAndTheCallerReturnsAtOnce() throws Exception {
        try (Drainer drainer = new Drainer("test", Executors.defaultThreadFactory())) {
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Thread> ranOn = new CompletableFuture<>();

            drainer.start(() -> {
                ranOn.complete(Thread.currentThread());
                await(release);
            });

            assertNotSame(Thread.currentThread(), ranOn.get(5, TimeUnit.SECONDS));
            release.countDown();
        }
    }

    @Test
    void tickWhileADrainRunsStartsNoSecond() throws Exception {
        try (Drainer drainer = new Drainer("test", Executors.defaultThreadFactory())) {
            AtomicInteger drains = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            drainer.start(() -> {
                drains.incrementAndGet();
                started.countDown();
                await(release);
            });
            started.await(5, TimeUnit.SECONDS);

            drainer.start(drains::incrementAndGet);
            release.countDown();

            assertEquals(1, drains.get());
        }
    }

    @Test
    void tickStartsOnlyTheDrainsMissingFromTheMost() throws Exception {
        try (Drainer drainer = new Drainer("test", Executors.defaultThreadFactory(), 3)) {
            AtomicInteger drains = new AtomicInteger();
            CountDownLatch threeStarted = new CountDownLatch(3);
            CountDownLatch release = new CountDownLatch(1);
            Runnable drain = () -> {
                drains.incrementAndGet();
                threeStarted.countDown();
                await(release);
            };

            drainer.start(drain);
            assertTrue(threeStarted.await(5, TimeUnit.SECONDS), "one tick starts every drain missing");
            drainer.start(drain);
            release.countDown();

            assertEquals(3, drains.get());
        }
    }

    @Test
    void tickAfterCloseStartsNothing() {
        Drainer drainer = new Drainer("test", Executors.defaultThreadFactory(), 2);
        drainer.close();
        AtomicInteger drains = new AtomicInteger();

        drainer.start(drains::incrementAndGet);

        assertEquals(0, drains.get());
    }

    @Test
    void failedDrainLeavesTheNextTickFreeToStartAnother() throws Exception {
        try (Drainer drainer = new Drainer("test", Executors.defaultThreadFactory())) {
            drainer.start(() -> {
                throw new IllegalStateException("database down");
            });
            CompletableFuture<Boolean> next = new CompletableFuture<>();

            for (int tick = 0; tick < 100 && !next.isDone(); tick++) {
                drainer.start(() -> next.complete(true));
                Thread.sleep(20);
            }

            assertTrue(next.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void closingTellsTheRunningDrainToStop() throws Exception {
        Drainer drainer = new Drainer("test", Executors.defaultThreadFactory());
        CompletableFuture<Boolean> stopped = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        drainer.start(() -> {
            started.countDown();
            while (!Drainer.stopping()) {
                Thread.onSpinWait();
            }
            stopped.complete(true);
        });
        started.await(5, TimeUnit.SECONDS);

        drainer.close();

        assertTrue(stopped.get(5, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
