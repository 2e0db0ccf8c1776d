package dev.otpserver.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL's own counters at one moment, as {@link DatabaseStats} reads them: the benchmark's database
 * ({@code pg_stat_database}), its tables ({@code pg_stat_user_tables}), the WAL position (bytes since 0/0, of the
 * whole server) with the full-page images written to WAL and its syncs to disk ({@code pg_stat_wal}), the commits of every other database and the checkpoints so far (both to tell what else wrote WAL
 * meanwhile), PostgreSQL's CPU time, and the relay's counts when the server's pool goes through it.
 */
record DatabaseSnapshot(
        Instant at,
        Counters database,
        long walBytes,
        long walFullPages,
        long walSyncs,
        Map<String, TableRows> tables,
        long otherDatabasesCommits,
        long checkpoints,
        Duration postgresCpu,
        Optional<WireCounts> wire) {

    /** The database's transactions, rows written and blocks read ({@code pg_stat_database}). */
    record Counters(
            long commits, long rollbacks, long inserted, long updated, long deleted, long blocksHit, long blocksRead) {

        Counters minus(Counters earlier) {
            return new Counters(
                    commits - earlier.commits,
                    rollbacks - earlier.rollbacks,
                    inserted - earlier.inserted,
                    updated - earlier.updated,
                    deleted - earlier.deleted,
                    blocksHit - earlier.blocksHit,
                    blocksRead - earlier.blocksRead);
        }
    }

    /** A table's rows written: inserted, updated (of which HOT, no index touched), deleted. */
    record TableRows(long inserted, long updated, long hotUpdated, long deleted) {

        static final TableRows NONE = new TableRows(0, 0, 0, 0);

        TableRows minus(TableRows earlier) {
            return new TableRows(
                    inserted - earlier.inserted,
                    updated - earlier.updated,
                    hotUpdated - earlier.hotUpdated,
                    deleted - earlier.deleted);
        }

        boolean none() {
            return inserted == 0 && updated == 0 && deleted == 0;
        }
    }
}
