package dev.otpserver.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A few threads calling each API of the {@link DialectProbe} in turn, a little apart, until stopped; every answer is kept. */
final class ProbeLoad {

    private static final List<String> APIS =
            List.of(DialectProbe.WALLET, DialectProbe.AMSIN, DialectProbe.GSP, DialectProbe.READY);
    private static final Duration APART = Duration.ofMillis(100);

    private final DialectProbe probe;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();
    private volatile boolean running = true;
    private ExecutorService threads;

    ProbeLoad(DialectProbe probe) {
        this.probe = probe;
    }

    void start(int threadCount) {
        threads = Executors.newFixedThreadPool(threadCount);
        for (int i = 0; i < threadCount; i++) {
            threads.execute(() -> {
                while (running) {
                    answers.add(probe.call(APIS.get(Math.floorMod(turn.getAndIncrement(), APIS.size()))));
                    PayaraServer.pause(APART);
                }
            });
        }
    }

    List<Answer> answersSoFar() {
        return new ArrayList<>(answers);
    }

    List<Answer> stop() {
        running = false;
        threads.shutdown();
        try {
            threads.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answersSoFar();
    }

    static List<String> apis() {
        return APIS;
    }
}
