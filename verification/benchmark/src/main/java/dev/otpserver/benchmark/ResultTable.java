package dev.otpserver.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The figures as docs/performance.md shows them: a Markdown table, each API beside the baseline measured around
 * its peak, in throughput and in the server's CPU time per request.
 */
final class ResultTable {

    private ResultTable() {}

    static String apis(List<ApiFigures> rows) {
        StringBuilder table = new StringBuilder()
                .append(
                        "| API | peak /s | baseline beside it /s | × baseline | server CPU ms/request | baseline's beside it"
                                + " | CPU × baseline | at 70% of peak: /s | p50 ms | p99 ms | errors |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ApiFigures row : rows) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %.0f | %d | %d | %d |%n",
                    row.name(),
                    row.peak().throughput(),
                    row.baselineBeside(),
                    row.timesBaseline(),
                    row.peak().cpuMillisPerRequest(),
                    row.baselineCpuBeside(),
                    row.cpuTimesBaseline(),
                    row.atSeventyPercent().throughput(),
                    row.atSeventyPercent().p50Millis(),
                    row.atSeventyPercent().p99Millis(),
                    row.errors()));
        }
        return table.toString();
    }

    /**
     * PostgreSQL's work per request of each API's peak (per second for the window without load), then each one's
     * rows written by table. Round trips and statements need the relay ({@code --round-trips}); without it "-".
     * Other databases' commits fall below zero when one of them is dropped during the window.
     */
    static String databaseCost(List<DatabaseCost> costs) {
        StringBuilder text = new StringBuilder()
                .append(
                        "| API | requests | commits | rollbacks | rows inserted | rows updated | rows deleted | WAL bytes"
                                + " | WAL full pages | WAL syncs | round trips | statements | PostgreSQL CPU ms | blocks hit | blocks read | checkpoints"
                                + " | other databases' commits |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (DatabaseCost cost : costs) {
            DatabaseSnapshot.Counters db = cost.database();
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.3f | %.3f | %s | %s | %.2f | %.1f | %.2f | %d | %d |%n",
                    cost.perSecond() ? cost.name() + " (per second)" : cost.name(),
                    cost.perSecond() ? "(" + cost.window().toSeconds() + " s)" : Long.toString(cost.requests()),
                    cost.per(db.commits()),
                    cost.per(db.rollbacks()),
                    cost.per(db.inserted()),
                    cost.per(db.updated()),
                    cost.per(db.deleted()),
                    cost.per(cost.walBytes()),
                    cost.per(cost.walFullPages()),
                    cost.per(cost.walSyncs()),
                    cost.wire()
                            .map(wire -> twoPlaces(cost.per(wire.roundTrips())))
                            .orElse("-"),
                    cost.wire()
                            .map(wire -> twoPlaces(cost.per(wire.statements())))
                            .orElse("-"),
                    cost.postgresCpuMillis(),
                    cost.per(db.blocksHit()),
                    cost.per(db.blocksRead()),
                    cost.checkpoints(),
                    cost.otherDatabasesCommits()));
        }
        for (DatabaseCost cost : costs) {
            text.append(String.format(
                            "%n%s: rows written %s, by table%n%n",
                            cost.name(), cost.perSecond() ? "per second" : "per request"))
                    .append("| table | inserted | updated | of which HOT | deleted |\n")
                    .append("|---|---:|---:|---:|---:|\n");
            cost.tables()
                    .forEach((table, rows) -> text.append(String.format(
                            Locale.ROOT,
                            "| %s | %.3f | %.3f | %.3f | %.3f |%n",
                            table,
                            cost.per(rows.inserted()),
                            cost.per(rows.updated()),
                            cost.per(rows.hotUpdated()),
                            cost.per(rows.deleted()))));
        }
        return text.toString();
    }

    private static String twoPlaces(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * Each API's ratios to the baseline without the purge and while it runs, both against a baseline measured in the
     * same window, with what the purge did meanwhile; then whether it ran throughout: a backlog that ran out, or a
     * measurement during which nothing was purged, is said in words; last, the purge's own CPU with no requests.
     */
    static String purge(List<PurgeComparison> rows, PurgeWatch.Window overall, long seeded, PurgeAlone alone) {
        StringBuilder text = new StringBuilder()
                .append("| API | × baseline, no purge | × baseline, purge running | CPU × baseline, no purge"
                        + " | CPU × baseline, purge running | the same, the purge's own CPU taken out (estimate)"
                        + " | peak /s, no purge | peak /s, purge running | rows purged /s | backlog left after it"
                        + " | errors |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (PurgeComparison row : rows) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %.0f | %,d | %d |%n",
                    row.with().name(),
                    row.without().timesBaseline(),
                    row.with().timesBaseline(),
                    row.without().cpuTimesBaseline(),
                    row.with().cpuTimesBaseline(),
                    row.cpuTimesBaselineLessPurge(alone.millisPerRow()),
                    row.without().peak().throughput(),
                    row.with().peak().throughput(),
                    row.window().perSecond(),
                    row.window().left(),
                    row.with().errors()));
        }
        text.append(String.format(
                Locale.ROOT,
                "%nRows purged (messages and partner notifications, their attempts besides): %,d in %d s, %.0f a second;"
                        + " backlog seeded %,d, left at the end %,d.%n",
                overall.purged(),
                overall.length().toSeconds(),
                overall.perSecond(),
                seeded,
                overall.left()));
        List<String> idle = rows.stream()
                .filter(row -> row.window().purged() == 0)
                .map(row -> row.with().name())
                .toList();
        rows.stream()
                .filter(row -> row.window().left() == 0)
                .findFirst()
                .ifPresentOrElse(
                        first -> text.append("The backlog ran out during ")
                                .append(first.with().name())
                                .append(": the purge finished before the window ended, and what was measured after it"
                                        + " ran without a purge.\n"),
                        () -> text.append("The backlog lasted the whole window: every measurement ended with rows still"
                                + " to purge.\n"));
        if (!idle.isEmpty()) {
            text.append("Nothing was purged during: ")
                    .append(String.join(", ", idle))
                    .append(".\n");
        }
        text.append(String.format(
                Locale.ROOT,
                "The purge alone, no requests, %d s: %.0f rows a second for %.0f ms of the server's CPU a second, against"
                        + " %.0f ms a second with neither requests nor purge: %.1f ms per 1,000 rows, which a"
                        + " measurement made while it runs counts in its API's CPU per request.%n",
                alone.purging().length().toSeconds(),
                alone.rowsPerSecond(),
                alone.purging().cpuMillisPerSecond(),
                alone.idle().cpuMillisPerSecond(),
                1000 * alone.millisPerRow()));
        return text.toString();
    }

    static String pulse(PulseCost.Pulses few, long fewPending, PulseCost.Pulses many, long manyPending) {
        return String.format(
                Locale.ROOT,
                "| notifications pending in the future | median pulse ms | mean ms | pulses measured |%n"
                        + "|---:|---:|---:|---:|%n| %,d | %.2f | %.2f | %d |%n| %,d | %.2f | %.2f | %d |%n%n"
                        + "Median pulse with %,d pending ÷ with %,d: %.2f%n",
                fewPending,
                few.median(),
                few.mean(),
                few.millis().size(),
                manyPending,
                many.median(),
                many.mean(),
                many.millis().size(),
                manyPending,
                fewPending,
                many.median() / few.median());
    }

    static String heap(List<Long> samples, int minutes, double rate) {
        return String.format(
                Locale.ROOT,
                "Live heap after a full GC, MiB, once a minute over %d min at %.0f requests/s: %s%n"
                        + "Last ÷ first: %.2f; largest: %d MiB.%n",
                minutes,
                rate,
                samples.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                samples.get(samples.size() - 1) / (double) samples.get(0),
                samples.stream().mapToLong(Long::longValue).max().orElse(0));
    }
}
