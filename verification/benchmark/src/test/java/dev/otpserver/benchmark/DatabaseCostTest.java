package dev.otpserver.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.benchmark.DatabaseSnapshot.Counters;
import dev.otpserver.benchmark.DatabaseSnapshot.TableRows;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseCostTest {

    private static final Instant START = Instant.parse("2026-12-07T06:00:00Z");

    @Test
    void eachFigureIsTheDifferenceOverTheWindowPerRequest() {
        DatabaseSnapshot before = snapshot(0, new Counters(1000, 5, 200, 100, 10, 50_000, 30), 1_000_000, Map.of(), 7);
        DatabaseSnapshot after =
                snapshot(20, new Counters(5000, 9, 2200, 3100, 10, 90_000, 30), 9_000_000, Map.of(), 7);

        DatabaseCost cost = DatabaseCost.between("initAuthentication", 1000, before, after);

        assertFalse(cost.perSecond());
        assertEquals(4.0, cost.per(cost.database().commits()));
        assertEquals(2.0, cost.per(cost.database().inserted()));
        assertEquals(3.0, cost.per(cost.database().updated()));
        assertEquals(8000.0, cost.per(cost.walBytes()));
        assertEquals(Duration.ofSeconds(20), cost.window());
    }

    @Test
    void onlyTablesWrittenInTheWindowAreKeptAndANewTableCountsFromNothing() {
        DatabaseSnapshot before = snapshot(
                0,
                counters(),
                0,
                Map.of("auth_challenge", new TableRows(10, 5, 5, 0), "cfg_client", new TableRows(3, 0, 0, 0)),
                0);
        DatabaseSnapshot after = snapshot(
                10,
                counters(),
                0,
                Map.of(
                        "auth_challenge", new TableRows(110, 105, 55, 0),
                        "cfg_client", new TableRows(3, 0, 0, 0),
                        "ntf_message", new TableRows(100, 200, 200, 0)),
                0);

        DatabaseCost cost = DatabaseCost.between("api", 100, before, after);

        assertEquals(
                List.of("auth_challenge", "ntf_message"),
                List.copyOf(cost.tables().keySet()));
        assertEquals(new TableRows(100, 100, 50, 0), cost.tables().get("auth_challenge"));
        assertEquals(new TableRows(100, 200, 200, 0), cost.tables().get("ntf_message"));
    }

    @Test
    void aWindowWithoutRequestsIsMeasuredPerSecond() {
        DatabaseSnapshot before = snapshot(0, counters(), 0, Map.of(), 0);
        DatabaseSnapshot after = snapshot(20, new Counters(40, 0, 0, 20, 0, 0, 0), 100_000, Map.of(), 0);

        DatabaseCost idle = DatabaseCost.between("no load", 0, before, after);

        assertTrue(idle.perSecond());
        assertEquals(2.0, idle.per(idle.database().commits()));
        assertEquals(5000.0, idle.per(idle.walBytes()));
        assertEquals(1000.0, idle.postgresCpuMillis(), 1e-9); // a whole core: 20 s of CPU in 20 s
    }

    @Test
    void relayCountsAndOtherWritersAreDifferencesToo() {
        DatabaseSnapshot before = new DatabaseSnapshot(
                START, counters(), 0, 0, 0, Map.of(), 40, 3, Duration.ZERO, Optional.of(new WireCounts(100, 150, 2)));
        DatabaseSnapshot after = new DatabaseSnapshot(
                START.plusSeconds(20),
                counters(),
                0,
                0,
                0,
                Map.of(),
                42,
                4,
                Duration.ofSeconds(4),
                Optional.of(new WireCounts(1100, 2150, 2)));

        DatabaseCost cost = DatabaseCost.between("api", 500, before, after);

        assertEquals(Optional.of(new WireCounts(1000, 2000, 0)), cost.wire());
        assertEquals(2, cost.otherDatabasesCommits());
        assertEquals(1, cost.checkpoints());
        assertEquals(8.0, cost.postgresCpuMillis(), 1e-9);
    }

    @Test
    void withoutTheRelayThereAreNoRoundTrips() {
        DatabaseCost cost = DatabaseCost.between(
                "api", 10, snapshot(0, counters(), 0, Map.of(), 0), snapshot(1, counters(), 0, Map.of(), 0));

        assertEquals(Optional.empty(), cost.wire());
        String table = ResultTable.databaseCost(List.of(cost));
        assertTrue(
                table.contains("| api | 10 | 0.00 | 0.00 | 0.00 | 0.00 | 0.00 | 0 | 0.000 | 0.000 | - | - |"), table);
    }

    @Test
    void theTableShowsEachApiPerRequestAndItsTablesRows() {
        DatabaseSnapshot before = snapshot(0, counters(), 0, Map.of(), 0);
        DatabaseSnapshot after = snapshot(
                20,
                new Counters(3000, 0, 2000, 1000, 0, 0, 0),
                4_000_000,
                Map.of("auth_challenge", new TableRows(1000, 1000, 1000, 0)),
                0);

        String table = ResultTable.databaseCost(List.of(
                DatabaseCost.between("initAuthentication (SMS)", 1000, before, after),
                DatabaseCost.between("no load", 0, before, after)));

        assertTrue(
                table.contains(
                        "| initAuthentication (SMS) | 1000 | 3.00 | 0.00 | 2.00 | 1.00 | 0.00 | 4000 | 0.488 | 0.040 |"),
                table);
        assertTrue(table.contains("| no load (per second) | (20 s) | 150.00 |"), table);
        assertTrue(table.contains("| auth_challenge | 1.000 | 1.000 | 1.000 | 0.000 |"), table);
        String header = table.lines().findFirst().orElseThrow();
        String separator = table.lines().skip(1).findFirst().orElseThrow();
        assertEquals(
                separator.chars().filter(c -> c == '|').count(),
                header.chars().filter(c -> c == '|').count());
        assertTrue(table.contains("no load: rows written per second, by table"), table);
    }

    private static Counters counters() {
        return new Counters(0, 0, 0, 0, 0, 0, 0);
    }

    private static DatabaseSnapshot snapshot(
            long second, Counters counters, long wal, Map<String, TableRows> tables, long checkpoints) {
        return new DatabaseSnapshot(
                START.plusSeconds(second),
                counters,
                wal,
                wal / 8192,
                wal / 100_000,
                tables,
                0,
                checkpoints,
                Duration.ofMillis(second * 1000),
                Optional.empty());
    }
}
