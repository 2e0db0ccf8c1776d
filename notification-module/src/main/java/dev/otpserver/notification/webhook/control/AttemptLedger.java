package dev.otpserver.notification.webhook.control;

import dev.otpserver.notification.webhook.control.AttemptRecorder.Facts;
import dev.otpserver.notification.webhook.control.AttemptRecorder.Finished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records finished attempts many to a transaction (a group commit): a thread whose attempt finished while
 * another was recording waits for it, then records every attempt that finished meanwhile, its own among them.
 * Each caller returns once its attempt is committed, as if it had recorded it alone, so that a claim is never
 * given up before its attempt is on record.
 */
@ApplicationScoped
public class AttemptLedger {

    private static final Logger LOG = Logger.getLogger(AttemptLedger.class.getName());
    private static final int MOST_PER_TRANSACTION = 100;

    private final Queue<Entry> finished = new ConcurrentLinkedQueue<>();
    private final Lock recording = new ReentrantLock();

    @Inject
    AttemptRecorder recorder;

    public void record(Claim claim, Verdict verdict, Facts facts) {
        Entry mine = new Entry(new Finished(claim, verdict, facts));
        finished.add(mine);
        recording.lock();
        try {
            while (!mine.done) {
                recordWaiting();
            }
        } finally {
            recording.unlock();
        }
    }

    /** Under the lock: one transaction for the attempts waiting now. One that fails is left to its lapsing claim. */
    private void recordWaiting() {
        List<Entry> batch = new ArrayList<>();
        for (Entry next = finished.poll();
                next != null;
                next = batch.size() < MOST_PER_TRANSACTION ? finished.poll() : null) {
            batch.add(next);
        }
        try {
            recorder.recordAll(batch.stream().map(Entry::attempt).toList());
        } catch (RuntimeException failed) {
            LOG.log(
                    Level.WARNING,
                    batch.size() + " attempts could not be recorded; they go again when their claims lapse",
                    failed);
        } finally {
            batch.forEach(entry -> entry.done = true);
        }
    }

    /** An attempt waiting to be recorded; {@code done} is read and written under the lock only. */
    private static final class Entry {

        private final Finished attempt;
        private boolean done;

        Entry(Finished attempt) {
            this.attempt = attempt;
        }

        Finished attempt() {
            return attempt;
        }
    }
}
