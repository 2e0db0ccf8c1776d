package dev.otpserver.common.persistence;

import java.time.Duration;
import java.util.Optional;

/** Rows a module keeps only for a while: their owner says for how long, and purges a batch of those past it. */
public interface Retention {

    /** What is purged, for the log: "messages", "partner notifications". */
    String kind();

    /** How long the rows are kept; empty keeps them for ever. */
    Optional<Duration> kept();

    /** At most {@link BatchPurge#BATCH} rows past {@code kept}, in a transaction of its own; returns how many went. */
    int purgeBatch(Duration kept);
}
