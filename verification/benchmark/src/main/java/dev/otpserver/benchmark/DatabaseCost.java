package dev.otpserver.benchmark;

import dev.otpserver.benchmark.DatabaseSnapshot.Counters;
import dev.otpserver.benchmark.DatabaseSnapshot.TableRows;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What PostgreSQL did between two snapshots, and the requests the driver counted meanwhile: each figure divided by
 * the requests, or, for a window without load ({@code requests} 0), by its seconds. Tables without a row written
 * are left out.
 */
record DatabaseCost(
        String name,
        long requests,
        Duration window,
        Counters database,
        long walBytes,
        long walFullPages,
        long walSyncs,
        Map<String, TableRows> tables,
        long otherDatabasesCommits,
        long checkpoints,
        Duration postgresCpu,
        Optional<WireCounts> wire) {

    static DatabaseCost between(String name, long requests, DatabaseSnapshot before, DatabaseSnapshot after) {
        Map<String, TableRows> tables = new TreeMap<>();
        after.tables().forEach((table, rows) -> {
            TableRows written = rows.minus(before.tables().getOrDefault(table, TableRows.NONE));
            if (!written.none()) {
                tables.put(table, written);
            }
        });
        return new DatabaseCost(
                name,
                requests,
                Duration.between(before.at(), after.at()),
                after.database().minus(before.database()),
                after.walBytes() - before.walBytes(),
                after.walFullPages() - before.walFullPages(),
                after.walSyncs() - before.walSyncs(),
                tables,
                after.otherDatabasesCommits() - before.otherDatabasesCommits(),
                after.checkpoints() - before.checkpoints(),
                after.postgresCpu().minus(before.postgresCpu()),
                after.wire().flatMap(last -> before.wire().map(last::minus)));
    }

    /** Whether the figures are per second of a window without load rather than per request. */
    boolean perSecond() {
        return requests == 0;
    }

    /** A count over the window, per request (per second without load). */
    double per(long count) {
        return count / divisor();
    }

    double postgresCpuMillis() {
        return postgresCpu.toNanos() / 1e6 / divisor();
    }

    private double divisor() {
        return perSecond() ? window.toNanos() / 1e9 : requests;
    }
}
