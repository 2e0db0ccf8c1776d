package dev.otpserver.benchmark;

import dev.otpserver.benchmark.Fixtures.BenchUser;
import dev.otpserver.common.persistence.BatchPurge;
import dev.otpserver.common.secret.SealingKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The load driver of {@code ./otp bench} (docs/performance.md), run by benchmark/run.sh against a server it
 * started on PostgreSQL. A cold server is warmed up first. Each API is driven by Gatling: a warm-up, its peak
 * (N requests in flight), then 70% of that peak as an open load whose latency is reported; each peak is
 * compared with the baseline's, measured the same way just before and just after it. Then partner
 * notifications, the pulse cost against pending notifications, and the live heap under sustained load. Around
 * each API's counted peak, and a window without load, it reads PostgreSQL's own statistics ({@link
 * DatabaseStats}, docs/scale.md). With the section {@code purge}, the baseline and the same APIs are measured again
 * while the server purges a backlog past its retention. Prints the tables and writes them to results.md.
 */
public final class Benchmark {

    /**
     * Seconds of each run and requests in flight at peak; --quick only checks that everything works. A peak is
     * counted once its load has run {@code settleSeconds}: in the first seconds after another API's load the
     * server served half its pace (the rows of each second in the database show it; the JIT recompiling the
     * code the two APIs share is the likely cause, not measured).
     */
    record Phases(int warmSeconds, int settleSeconds, int peakSeconds, int pacedSeconds, int concurrency, int backlog) {

        int seconds() {
            return warmSeconds + settleSeconds + peakSeconds + pacedSeconds;
        }
    }

    private record Issued(String requestId, String phone) {}

    /** Three of the purge's runs (one every 20 s), measured with no requests. */
    private static final Duration PURGE_ALONE = Duration.ofSeconds(60);

    private final BenchTarget target;
    private final Phases phases;
    private final Fixtures fixtures;
    private final GatlingRun gatling;
    private final ServerCpu serverCpu;
    private final PeakWindows peakWindows;
    private final List<DatabaseCost> databaseCosts = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();
    private DatabaseStats databaseStats;
    private IntegratorCaller integratorCaller;
    private WalletPartner notifyPartner;
    private Optional<PurgeWatch> purging = Optional.empty();

    private Benchmark(BenchTarget target) {
        this.target = target;
        // 30 s of warm-up: after 10 s, initAuthentication's own code was still being compiled
        this.phases = target.quick() ? new Phases(3, 2, 8, 8, 8, 1_000) : new Phases(30, 5, 20, 20, 16, 10_000);
        this.fixtures = new Fixtures(target);
        this.gatling = new GatlingRun(target);
        this.serverCpu = ServerCpu.of(target.serverPid(), target.clockTicks());
        this.peakWindows = PeakWindows.startedIn(target.results());
    }

    public static void main(String[] args) throws Exception {
        BenchTarget target = BenchTarget.fromSystemProperties();
        try (DatabaseStats stats =
                new DatabaseStats(new Fixtures(target).connection(), target.relayCounts(), target.clockTicks())) {
            new Benchmark(target).run(stats);
        } catch (Exception | Error failed) {
            // Gatling's and the HTTP clients' threads would keep the JVM, and run.sh with it, waiting for ever
            failed.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run(DatabaseStats stats) throws Exception {
        this.databaseStats = stats;
        report.append(Machine.describe(fixtures)).append('\n');
        WalletPartner wallet = fixtures.walletPartner("BENCH");
        Calls.source("baseline", () -> wallet.post(WalletPartner.BASELINE, "{}"));
        warmUp(wallet);
        withoutLoad();
        List<ApiFigures> rows = baselineAndApis(wallet);
        section("APIs", ResultTable.apis(rows));
        section("Database cost per request", ResultTable.databaseCost(databaseCosts));
        if (target.runs("wallet") || target.runs("integrator")) {
            section("Outbox", outboxLag());
        }
        if (target.runs("purge")) {
            whilePurging(wallet, rows);
        }
        if (target.runs("pulse")) {
            pulseCost();
        }
        if (target.runs("soak") && target.runs("wallet")) {
            soak(wallet, rows.get(1).peak().throughput());
        }
        Files.writeString(target.results().resolve("results.md"), report);
        System.out.println("\n" + report);
    }

    /** The baseline's row, then each API's of the sections that run. */
    private List<ApiFigures> baselineAndApis(WalletPartner wallet) {
        ApiFigures baseline = measureBaseline();
        List<ApiFigures> rows = new ArrayList<>(List.of(baseline));
        if (target.runs("wallet")) {
            rows.addAll(wallet(wallet, baseline));
        }
        if (target.runs("query")) {
            Calls.source("queryOtpConfig", () -> wallet.post(WalletPartner.QUERY_CONFIG, "{}"));
            rows.add(measure("queryOtpConfig", "queryOtpConfig"));
        }
        if (target.runs("integrator")) {
            if (integratorCaller == null) {
                integratorCaller = fixtures.integratorCaller("BENCH_GSP");
            }
            rows.addAll(integrator(integratorCaller, baseline));
        }
        if (target.runs("notifications")) {
            rows.add(watched("3DS notification delivery (signed, acknowledged)", this::notifications));
        }
        return rows;
    }

    /**
     * The baseline and every API of the run measured again, the same way, while the server's housekeeping purges a
     * backlog seeded past its retention and topped up before each measurement, enough to keep each of its runs at its
     * cap throughout; first the purge alone, with no requests, for its own share of the server's CPU. Then what is
     * left of the backlog is deleted, so that the sections after measure no purge.
     */
    private void whilePurging(WalletPartner wallet, List<ApiFigures> without) throws InterruptedException {
        PurgeBacklog backlog = new PurgeBacklog(fixtures);
        long perMeasurement = purgeBacklogPerMeasurement();
        PurgeAlone.Span idle = serverCpuOver(PURGE_ALONE.dividedBy(2));
        backlog.topUpTo(perMeasurement);
        PurgedRows purged = new PurgedRows(target.metrics());
        awaitPurge(purged);
        long rowsBefore = purged.total();
        PurgeAlone.Span purgeOnly = serverCpuOver(PURGE_ALONE);
        PurgeAlone alone = new PurgeAlone(purged.total() - rowsBefore, purgeOnly, idle);
        PurgeWatch watch = new PurgeWatch(purged, backlog, perMeasurement);
        purging = Optional.of(watch);
        List<ApiFigures> with;
        try {
            with = baselineAndApis(wallet);
        } finally {
            purging = Optional.empty();
        }
        PurgeWatch.Window overall = watch.overall();
        section(
                "While the purge runs",
                ResultTable.purge(comparisons(without, with, watch.windows()), overall, backlog.seeded(), alone));
        backlog.clear();
    }

    /**
     * Enough messages, and as many notifications, for every run of the purge during one measurement to reach its cap
     * (20 batches of {@link BatchPurge#BATCH} of each kind, a run every 20 s): the longest measurement (an API's, with
     * the baseline's peaks around it), a minute more for reading codes and topping up, and two runs more.
     */
    private long purgeBacklogPerMeasurement() {
        int api = phases.warmSeconds() + 3 * (phases.settleSeconds() + phases.peakSeconds()) + phases.pacedSeconds();
        return (long) (Math.ceil((api + 60) / 20.0) + 2) * 20 * BatchPurge.BATCH;
    }

    /** The server's CPU over {@code length} of doing nothing here: the idle server, or the purge alone. */
    private PurgeAlone.Span serverCpuOver(Duration length) throws InterruptedException {
        Duration cpuBefore = serverCpu.used();
        Instant start = Instant.now();
        Thread.sleep(length.toMillis());
        return new PurgeAlone.Span(
                Duration.between(start, Instant.now()), serverCpu.used().minus(cpuBefore));
    }

    /** Until the purge has taken its first batch (a run starts every 20 s), so that the window opens with it running. */
    private static void awaitPurge(PurgedRows purged) throws InterruptedException {
        long before = purged.total();
        for (int wait = 0; wait < 60 && purged.total() == before; wait++) {
            Thread.sleep(500);
        }
        if (purged.total() == before) {
            System.err.println("[otp bench] WARNING: the purge took no row in 30 s after the backlog was seeded");
        }
    }

    /** Each row measured while purging beside the same API's without, and the purge's share of its window. */
    private static List<PurgeComparison> comparisons(
            List<ApiFigures> without, List<ApiFigures> with, List<PurgeWatch.Window> windows) {
        List<PurgeComparison> rows = new ArrayList<>();
        for (ApiFigures row : with) {
            without.stream()
                    .filter(first -> first.name().equals(row.name()))
                    .findFirst()
                    .ifPresent(first -> windows.stream()
                            .filter(window -> window.name().equals(row.name()))
                            .findFirst()
                            .ifPresent(window -> rows.add(new PurgeComparison(first, row, window))));
        }
        return rows;
    }

    private List<ApiFigures> wallet(WalletPartner wallet, ApiFigures baseline) {
        Queue<BenchUser> users = new ConcurrentLinkedQueue<>(fixtures.users("BENCH", 2 * stock(baseline)));
        Queue<Issued> issued = new ConcurrentLinkedQueue<>();
        Calls.source("initAuthentication", () -> {
            BenchUser user = next(users, "wallet users");
            Issued challenge = new Issued(UUID.randomUUID().toString(), user.phone());
            issued.add(challenge);
            return wallet.init(challenge.requestId(), user.token());
        });
        ApiFigures init = measure("initAuthentication (SMS)", "initAuthentication");
        topUp("initAuthentication", issued, stock(baseline), init);
        Map<String, String> codes = new SmsCodes(target.smsSink())
                .await(issued.stream().map(Issued::phone).toList(), Duration.ofMinutes(10));
        Calls.source("verifyAuthentication", () -> {
            Issued challenge = next(issued, "wallet challenges");
            return wallet.verify(challenge.requestId(), codes.get(challenge.phone()));
        });
        return List.of(init, measure("verifyAuthentication", "verifyAuthentication"));
    }

    private List<ApiFigures> integrator(IntegratorCaller caller, ApiFigures baseline) {
        Queue<Issued> issued = new ConcurrentLinkedQueue<>();
        Calls.source("sendOtp", () -> {
            Issued sent = new Issued("bench-" + UUID.randomUUID(), Fixtures.freshPhone());
            issued.add(sent);
            return caller.sendOtp(sent.requestId(), sent.phone());
        });
        ApiFigures send = measure("sendOtp (JOSE, SMS)", "sendOtp");
        topUp("sendOtp", issued, stock(baseline), send);
        Map<String, String> codes = new SmsCodes(target.smsSink())
                .await(issued.stream().map(Issued::phone).toList(), Duration.ofMinutes(10));
        Calls.source("verifyOtp", () -> {
            Issued sent = next(issued, "payment-integrator codes");
            return caller.verifyOtp("bench-" + UUID.randomUUID(), sent.requestId(), codes.get(sent.phone()));
        });
        return List.of(send, measure("verifyOtp (JOSE)", "verifyOtp"));
    }

    private ApiFigures notifications() {
        boolean first = notifyPartner == null;
        if (first) {
            notifyPartner = fixtures.walletPartner("BENCH_NOTIFY");
        }
        WalletPartner partner = notifyPartner;
        try (AckingReceiver receiver = new AckingReceiver(partner)) {
            if (first) {
                fixtures.notifyUrl(partner.clientId(), receiver.url().toString());
            } else {
                fixtures.update(
                        "UPDATE cfg_notify_endpoint SET notify_url = ?, updated_at = CURRENT_TIMESTAMP WHERE client_id = ?",
                        receiver.url().toString(),
                        partner.clientId());
            }
            NotificationLoad load = new NotificationLoad(
                    fixtures, SealingKey.loadOrCreate(target.sealingKey()), receiver, partner.clientId());
            // half the peak's backlog: about as long as an API's warm-up once the server keeps up
            Measurement warm = load.backlog(phases.backlog() / 2);
            Measurement before = baselinePeak();
            Duration cpuBefore = serverCpu.used();
            Measurement delivered = load.backlog(phases.backlog());
            Measurement peak = delivered.withCpuPerRequest(
                    ServerCpu.millisPerRequest(serverCpu.used().minus(cpuBefore), delivered.requests()));
            Measurement after = baselinePeak();
            Measurement paced = load.paced(0.7 * peak.throughput(), phases.pacedSeconds());
            return new ApiFigures(
                    "3DS notification delivery (signed, acknowledged)",
                    peak,
                    paced,
                    warm.errors() + before.errors() + peak.errors() + after.errors() + paced.errors(),
                    mean(before, after),
                    meanCpu(before, after));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How long the SMS of initAuthentication and sendOtp waited in the outbox, queued to sent, all runs included:
     * whether delivery kept up while the APIs were at their peak.
     */
    private String outboxLag() {
        return fixtures.text(
                        "SELECT format('SMS sent: %s; queued to sent: p50 %s ms, p99 %s ms, longest %s ms', count(*),"
                                + " round(percentile_cont(0.5) WITHIN GROUP (ORDER BY lag)), round(percentile_cont(0.99) WITHIN GROUP (ORDER BY lag)),"
                                + " round(max(lag))) FROM (SELECT extract(epoch FROM finished_at - created_at) * 1000 AS lag FROM ntf_message"
                                + " WHERE status = 'SENT') AS sent")
                + "\n";
    }

    private void pulseCost() throws InterruptedException {
        WalletPartner partner = fixtures.walletPartner("BENCH_FUTURE");
        FutureNotifications load =
                new FutureNotifications(fixtures, SealingKey.loadOrCreate(target.sealingKey()), partner.clientId());
        PulseCost pulses = new PulseCost(target.metrics());
        long few = 10_000;
        long many = target.quick() ? 100_000 : 1_000_000;
        load.pendingInAll(few);
        PulseCost.Pulses withFew = pulses.sample(pulseSeconds());
        load.pendingInAll(many);
        PulseCost.Pulses withMany = pulses.sample(pulseSeconds());
        section("Notification pulse", ResultTable.pulse(withFew, few, withMany, many));
    }

    /** A minute of pulses per pending count: a median of some sixty, where the peak phase's 20 s gave means that moved 2x between runs. */
    private int pulseSeconds() {
        return target.quick() ? phases.peakSeconds() : 60;
    }

    private void soak(WalletPartner wallet, double initPeak) throws Exception {
        int minutes = target.quick() ? 1 : target.soakMinutes();
        double rate = 0.7 * initPeak;
        mix("soak", wallet, (int) (rate / 3 * 60 * minutes * 1.1) + 100);
        HeapWatch heap = new HeapWatch(target.serverPid());
        heap.sample();
        Thread sampler = new Thread(() -> sampleEachMinute(heap, minutes));
        sampler.start();
        Measurement soak = gatling.open("soak", rate, minutes * 60);
        sampler.join();
        heap.sample();
        section(
                "Sustained load",
                ResultTable.heap(heap.samples(), minutes, rate)
                        + String.format(
                                java.util.Locale.ROOT,
                                "Requests: %d, errors: %d, p50 %d ms, p99 %d ms%n",
                                soak.requests(),
                                soak.errors(),
                                soak.p50Millis(),
                                soak.p99Millis()));
    }

    /**
     * A cold server's first minutes, at peak, on a mix of initAuthentication, queryOtpConfig and the baseline:
     * their throughput still rose over four minutes of load (initAuthentication from 140 to 240 a second, the
     * baseline from 300 to 500: the JIT compiles on the same two cores), and an API measured in them was
     * measured half-compiled.
     */
    private void warmUp(WalletPartner wallet) {
        int seconds = target.quick() ? 3 * phases.warmSeconds() : 240;
        mix("warm-up", wallet, 250 * seconds);
        gatling.closed("warm-up", phases.concurrency(), seconds);
    }

    /** Registers a load that turns between initAuthentication (for as many fresh users), queryOtpConfig and the baseline. */
    private void mix(String name, WalletPartner wallet, int users) {
        Queue<BenchUser> fresh = new ConcurrentLinkedQueue<>(fixtures.users("BENCH", users));
        AtomicLong turn = new AtomicLong();
        Calls.source(name, () -> switch ((int) (turn.getAndIncrement() % 3)) {
            case 0 ->
                wallet.init(
                        UUID.randomUUID().toString(),
                        next(fresh, name + " users").token());
            case 1 -> wallet.post(WalletPartner.QUERY_CONFIG, "{}");
            default -> wallet.post(WalletPartner.BASELINE, "{}");
        });
    }

    private static void sampleEachMinute(HeapWatch heap, int minutes) {
        try {
            for (int minute = 1; minute < minutes; minute++) {
                Thread.sleep(60_000);
                heap.sample();
            }
        } catch (IOException | InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** The baseline's own row, measured as an API's, and compared with itself. */
    private ApiFigures measureBaseline() {
        return watched("baseline (signed, one insert)", this::measureBaselineNow);
    }

    private ApiFigures measureBaselineNow() {
        Measurement warm = gatling.closed("baseline", phases.concurrency(), phases.warmSeconds());
        Measurement peak = costedPeak("baseline (signed, one insert)", "baseline");
        Measurement paced = gatling.open("baseline", 0.7 * peak.throughput(), phases.pacedSeconds());
        return new ApiFigures(
                "baseline (signed, one insert)",
                peak,
                paced,
                warm.errors() + peak.errors() + paced.errors(),
                peak.throughput(),
                peak.cpuMillisPerRequest());
    }

    /**
     * An API's row: its peak is bracketed by two of the baseline's, run just before and just after it, so that
     * the two are compared on the machine as it was then (a baseline measured once, at the start, moved by a
     * fifth and more over a run on a shared machine).
     */
    private ApiFigures measure(String name, String api) {
        return watched(name, () -> measureNow(name, api));
    }

    /** A measurement, with what the purge did during it when one is running. */
    private ApiFigures watched(String name, Supplier<ApiFigures> measurement) {
        return purging.map(watch -> watch.during(name, measurement)).orElseGet(measurement);
    }

    private ApiFigures measureNow(String name, String api) {
        Measurement warm = gatling.closed(api, phases.concurrency(), phases.warmSeconds());
        Measurement before = baselinePeak();
        Measurement peak = costedPeak(name, api);
        Measurement after = baselinePeak();
        Measurement paced = gatling.open(api, 0.7 * peak.throughput(), phases.pacedSeconds());
        return new ApiFigures(
                name,
                peak,
                paced,
                warm.errors() + before.errors() + peak.errors() + after.errors() + paced.errors(),
                mean(before, after),
                meanCpu(before, after));
    }

    private Measurement baselinePeak() {
        return peak("baseline");
    }

    /** As many requests in flight as the phases say, counted once they have run for a few seconds. */
    private Measurement peak(String api) {
        Measurement settling = gatling.closed(api, phases.concurrency(), phases.settleSeconds());
        Instant start = Instant.now();
        Measurement peak =
                gatling.closed(api, phases.concurrency(), phases.peakSeconds()).withErrorsOf(settling);
        // a profile tells the peaks measured while purging from those without
        peakWindows.add(purging.isPresent() ? api + " while purging" : api, start, Instant.now());
        return peak;
    }

    /** A peak with PostgreSQL's statistics taken just before and just after its counted window. */
    private Measurement costedPeak(String name, String api) {
        // the table of database costs is printed before the purge's section, which is not in it
        if (purging.isPresent()) {
            return peak(api);
        }
        Measurement settling = gatling.closed(api, phases.concurrency(), phases.settleSeconds());
        Instant start = Instant.now();
        Optional<DatabaseSnapshot> before = snapshot();
        Measurement peak =
                gatling.closed(api, phases.concurrency(), phases.peakSeconds()).withErrorsOf(settling);
        Optional<DatabaseSnapshot> after = snapshot();
        peakWindows.add(api, start, Instant.now());
        before.ifPresent(first ->
                after.ifPresent(last -> databaseCosts.add(DatabaseCost.between(name, peak.requests(), first, last))));
        return peak;
    }

    /** PostgreSQL's statistics now; none, with a warning, if they cannot be read: the run's other figures stand. */
    private Optional<DatabaseSnapshot> snapshot() {
        try {
            return Optional.of(databaseStats.snapshot());
        } catch (RuntimeException e) {
            System.err.println("[otp bench] WARNING: no database statistics for this window: " + e);
            return Optional.empty();
        }
    }

    /**
     * PostgreSQL's work with no request at all, as long as a peak, once the statistics of the warm-up have been
     * flushed (an idle backend flushes its own after 10 s): the pulses, housekeeping and whatever the outbox still
     * sends, which also run during every API's window.
     */
    private void withoutLoad() throws InterruptedException {
        Thread.sleep(12_000);
        Optional<DatabaseSnapshot> before = snapshot();
        Thread.sleep(phases.peakSeconds() * 1000L);
        Optional<DatabaseSnapshot> after = snapshot();
        before.ifPresent(
                first -> after.ifPresent(last -> databaseCosts.add(DatabaseCost.between("no load", 0, first, last))));
    }

    private static double mean(Measurement before, Measurement after) {
        return (before.throughput() + after.throughput()) / 2;
    }

    private static double meanCpu(Measurement before, Measurement after) {
        return (before.cpuMillisPerRequest() + after.cpuMillisPerRequest()) / 2;
    }

    /** Issues more, at peak, until there are as many codes to verify as a verification run can use. */
    private void topUp(String api, Queue<Issued> issued, int wanted, ApiFigures issuing) {
        int missing = wanted - issued.size();
        if (missing > 0) {
            gatling.closed(
                    api,
                    phases.concurrency(),
                    (int) Math.ceil(missing / issuing.peak().throughput()) + 1);
        }
    }

    /** Codes a verification run may use up: its runs at the baseline's pace, and half as much again. */
    private int stock(ApiFigures baseline) {
        return (int) (1.5 * baseline.peak().throughput() * phases.seconds()) + 100;
    }

    private static <T> T next(Queue<T> queue, String what) {
        T next = queue.poll();
        if (next == null) {
            throw new IllegalStateException("The benchmark ran out of " + what);
        }
        return next;
    }

    private void section(String title, String body) {
        report.append("### ").append(title).append("\n\n").append(body).append('\n');
        System.out.println("\n### " + title + "\n\n" + body);
    }
}
