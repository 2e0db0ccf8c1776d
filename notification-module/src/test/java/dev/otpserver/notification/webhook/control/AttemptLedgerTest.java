package dev.otpserver.notification.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.notification.webhook.control.AttemptRecorder.Facts;
import dev.otpserver.notification.webhook.control.AttemptRecorder.Finished;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AttemptLedgerTest {

    private static final int ATTEMPTS = 24;

    /** Transactions as the recorder saw them: the notification ids of each. */
    private final List<List<String>> transactions = new CopyOnWriteArrayList<>();

    private final Set<String> committed = ConcurrentHashMap.newKeySet();

    @Test
    void attemptsFinishingTogetherShareTransactionsAndEachIsRecordedOnce() throws Exception {
        AttemptLedger ledger = ledger(false);

        List<String> recordedOnReturn = recordConcurrently(ledger);

        List<String> all = transactions.stream().flatMap(List::stream).sorted().toList();
        assertEquals(ids().stream().sorted().toList(), all, "every attempt once");
        assertTrue(
                transactions.size() < ATTEMPTS / 2,
                transactions.size() + " transactions for " + ATTEMPTS + " attempts");
        assertEquals(
                ids().stream().sorted().toList(),
                recordedOnReturn.stream().sorted().toList(),
                "each caller returned once its own attempt was committed");
    }

    @Test
    void failedTransactionReleasesItsCallersToTheirLapsingClaims() throws Exception {
        AttemptLedger ledger = ledger(true);

        recordConcurrently(ledger);

        assertEquals(
                ATTEMPTS,
                transactions.stream().mapToInt(List::size).sum(),
                "each attempt tried once, none retried here");
        assertTrue(committed.isEmpty());
    }

    /** Every attempt recorded from a thread of its own; the ids that were committed when each call returned. */
    private List<String> recordConcurrently(AttemptLedger ledger) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(ATTEMPTS);
        try {
            List<Future<Optional<String>>> calls = new ArrayList<>();
            for (String id : ids()) {
                calls.add(threads.submit(() -> {
                    ledger.record(
                            claim(id), Verdict.retry("test"), new Facts(Instant.now(), 200, Duration.ofMillis(1)));
                    return committed.contains(id) ? Optional.of(id) : Optional.<String>empty();
                }));
            }
            List<String> recordedOnReturn = new ArrayList<>();
            for (Future<Optional<String>> call : calls) {
                call.get(10, TimeUnit.SECONDS).ifPresent(recordedOnReturn::add);
            }
            return recordedOnReturn;
        } finally {
            threads.shutdownNow();
        }
    }

    /** A ledger over a recorder whose transactions take 20 ms, and fail if told so. */
    private AttemptLedger ledger(boolean failing) {
        AttemptLedger ledger = new AttemptLedger();
        ledger.recorder = new AttemptRecorder() {
            @Override
            public void recordAll(List<Finished> attempts) {
                transactions.add(attempts.stream()
                        .map(attempt -> attempt.claim().notificationId())
                        .toList());
                pause();
                if (failing) {
                    throw new IllegalStateException("database down");
                }
                attempts.forEach(attempt -> committed.add(attempt.claim().notificationId()));
            }
        };
        return ledger;
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            ids.add("n-" + i);
        }
        return ids;
    }

    private static Claim claim(String notificationId) {
        return new Claim(
                notificationId,
                "token",
                "PARTNER",
                1,
                "{}",
                Optional.of("http://127.0.0.1:9/notify"),
                Instant.now().plusSeconds(60));
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
