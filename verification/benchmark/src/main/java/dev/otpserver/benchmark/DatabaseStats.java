package dev.otpserver.benchmark;

import dev.otpserver.benchmark.DatabaseSnapshot.Counters;
import dev.otpserver.benchmark.DatabaseSnapshot.TableRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link DatabaseSnapshot}s of the benchmark's database on a connection of its own, kept open so that
 * taking one costs two small statements (counted, like everything, in the database's own figures), and the
 * relay's counts from its counts port when there is one. Statistics reach PostgreSQL's counters when a backend
 * flushes them, at most once a second under load: a window's edges move by up to a second of the same load.
 */
final class DatabaseStats implements AutoCloseable {

    private static final String DATABASE = "SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted,"
            + " blks_hit, blks_read, pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint,"
            + " (SELECT coalesce(sum(xact_commit), 0) FROM pg_stat_database WHERE datname <> current_database()),"
            + " (SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter), pg_backend_pid(),"
            + " (SELECT wal_fpi FROM pg_stat_wal), (SELECT wal_sync FROM pg_stat_wal)"
            + " FROM pg_stat_database WHERE datname = current_database()";
    private static final String TABLES =
            "SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del FROM pg_stat_user_tables";

    private final Connection db;
    private final Optional<InetSocketAddress> relayCounts;
    private final long clockTicks;
    private PostgresCpu postgresCpu;

    DatabaseStats(Connection db, Optional<InetSocketAddress> relayCounts, long clockTicks) {
        this.db = db;
        this.relayCounts = relayCounts;
        this.clockTicks = clockTicks;
    }

    DatabaseSnapshot snapshot() {
        try (Statement statement = db.createStatement()) {
            Instant at = Instant.now();
            Optional<WireCounts> wire = relayCounts.map(DatabaseStats::wireCounts);
            try (ResultSet database = statement.executeQuery(DATABASE)) {
                database.next();
                Counters counters = new Counters(
                        database.getLong(1),
                        database.getLong(2),
                        database.getLong(3),
                        database.getLong(4),
                        database.getLong(5),
                        database.getLong(6),
                        database.getLong(7));
                long wal = database.getLong(8);
                long others = database.getLong(9);
                long checkpoints = database.getLong(10);
                if (postgresCpu == null) {
                    postgresCpu = PostgresCpu.ofBackend(database.getLong(11), clockTicks);
                }
                return new DatabaseSnapshot(
                        at,
                        counters,
                        wal,
                        database.getLong(12),
                        database.getLong(13),
                        tables(statement),
                        others,
                        checkpoints,
                        postgresCpu.used(),
                        wire);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read PostgreSQL's statistics", e);
        }
    }

    private static Map<String, TableRows> tables(Statement statement) throws SQLException {
        Map<String, TableRows> tables = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.put(
                        rows.getString(1),
                        new TableRows(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
            }
        }
        return tables;
    }

    private static WireCounts wireCounts(InetSocketAddress relay) {
        try (Socket socket = new Socket(relay.getAddress(), relay.getPort());
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))) {
            return WireCounts.parse(in.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the relay's counts at " + relay, e);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
