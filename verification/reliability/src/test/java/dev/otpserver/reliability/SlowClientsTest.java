package dev.otpserver.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.reliability.SignedCallLoad.Call;
import dev.otpserver.reliability.SlowHttpTest.Mode;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.ServerUnderTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Slow clients cost the legitimate ones nothing, on Payara and on WildFly as configure.sh sets them up:
 * slowhttptest holds 1,000 connections in each of its slowloris, slow-body and slow-read modes, 40 s each, while
 * signed calls go on beside it. The calls during each attack are held against the same calls just before it:
 * the goal is no error and a p99 within twice the quiet one. Errors fail the test; the figures are printed.
 */
@ExtendWith(TestBedExtension.class)
class SlowClientsTest {

    private static final int THREADS = 4;
    private static final Duration QUIET = Duration.ofSeconds(20);
    /** The first calls on a fresh server are the JIT's and the pools' warm-up, not a quiet server's figure. */
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    /** 1,000 connections at 250 a second are open after 4 s; the calls count from then on. */
    private static final Duration ALL_CONNECTED = Duration.ofSeconds(6);

    private static final String GATEWAY = "/ams/api/v1/users/initAuthentication";
    private static final String SMALL_ANSWER = "/nothing";

    record Row(
            String server,
            Mode mode,
            SlowHttpTest.Outcome attack,
            Latency quiet,
            Latency attacked,
            double quietCores,
            double attackedCores) {}

    record Latency(int calls, int errors, long p50, long p99, String firstError) {

        static Latency of(List<Call> calls) {
            List<Long> millis = calls.stream().map(Call::tookMillis).sorted().toList();
            List<Call> errors = calls.stream().filter(call -> !call.ok()).toList();
            return new Latency(
                    calls.size(),
                    errors.size(),
                    percentile(millis, 0.50),
                    percentile(millis, 0.99),
                    errors.isEmpty() ? "" : errors.get(0).what());
        }

        private static long percentile(List<Long> sorted, double quantile) {
            return sorted.isEmpty() ? -1 : sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1));
        }
    }

    @Test
    void slowClientsLeaveSignedCallsUnharmedOnPayaraAndWildFly(TestBed bed) {
        Partner partner = Partner.register();
        long payaraLog = logSize(bed.payara.log());
        List<Row> rows = new ArrayList<>(
                underAttack("Payara", ServerUnderTest.baseUrl(), new ServerCpu(bed.payara.pid()), partner));
        String stackTraces = "Stack traces in the server log during the attacks: Payara "
                + stackTracesSince(bed.payara.log(), payaraLog);
        try (WildFlyServer wildfly = WildFlyServer.start(bed.databaseUrl(), bed.serverProperties())) {
            long wildflyLog = logSize(wildfly.log());
            rows.addAll(underAttack("WildFly", wildfly.baseUrl(), new ServerCpu(wildfly.pid()), partner));
            stackTraces += ", WildFly " + stackTracesSince(wildfly.log(), wildflyLog);
        }

        Figures.print(
                "Slow clients: signed calls beside slowhttptest, 1,000 connections per attack",
                table(rows) + stackTraces);
        for (Row row : rows) {
            assertTrue(
                    row.attacked().errors() == 0,
                    row.server() + " " + row.mode().label + ": "
                            + row.attacked().errors() + " signed calls failed under attack, e.g. "
                            + row.attacked().firstError());
            assertTrue(
                    row.quiet().errors() == 0,
                    row.server() + " quiet: " + row.quiet().firstError());
        }
    }

    private static List<Row> underAttack(String server, URI base, ServerCpu cpu, Partner partner) {
        List<Row> rows = new ArrayList<>();
        SignedCallLoad warmUp = new SignedCallLoad(base, partner).start(THREADS);
        PayaraServer.pause(WARM_UP);
        warmUp.stop(0);
        for (Mode mode : Mode.values()) {
            SignedCallLoad load = new SignedCallLoad(base, partner).start(THREADS);
            ServerCpu.Mark quietFrom = cpu.mark();
            PayaraServer.pause(QUIET);
            ServerCpu.Mark quietUntil = cpu.mark();
            long attackFrom = load.millisSinceStart();
            SlowHttpTest attack = SlowHttpTest.start(
                    mode,
                    base.resolve(mode == Mode.SLOW_READ ? SMALL_ANSWER : GATEWAY),
                    Path.of(System.getProperty("reliability.slowhttptest-reports")));
            PayaraServer.pause(ALL_CONNECTED);
            ServerCpu.Mark attackedFrom = cpu.mark();
            long measuredFrom = load.millisSinceStart();
            SlowHttpTest.Outcome outcome = attack.awaitEnd();
            long measuredUntil = load.millisSinceStart();
            ServerCpu.Mark attackedUntil = cpu.mark();
            List<Call> calls = load.stop(0);
            List<Call> quiet = calls.stream()
                    .filter(call -> call.sentMillis() < attackFrom)
                    .toList();
            List<Call> attacked = calls.stream()
                    .filter(call -> call.sentMillis() >= measuredFrom && call.sentMillis() < measuredUntil)
                    .toList();
            rows.add(new Row(
                    server,
                    mode,
                    outcome,
                    Latency.of(quiet),
                    Latency.of(attacked),
                    quietFrom.coresUntil(quietUntil),
                    attackedFrom.coresUntil(attackedUntil)));
            System.out.println(server + " " + mode.label + ": " + rows.get(rows.size() - 1));
        }
        return rows;
    }

    private static String table(List<Row> rows) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%-8s %-20s %10s %8s   %-28s %-28s %9s   %s%n",
                "server",
                "attack",
                "held conn",
                "lasted",
                "quiet p50/p99 (calls, err)",
                "attack p50/p99 (calls, err)",
                "p99 ratio",
                "server CPU, cores quiet -> attack"));
        for (Row row : rows) {
            text.append(String.format(
                    Locale.ROOT,
                    "%-8s %-20s %10d %7ds   %-28s %-28s %9.2f   %.2f -> %.2f%n",
                    row.server(),
                    row.mode().label,
                    row.attack().mostConnected(),
                    row.attack().seconds(),
                    cell(row.quiet()),
                    cell(row.attacked()),
                    row.attacked().p99() / (double) Math.max(1, row.quiet().p99()),
                    row.quietCores(),
                    row.attackedCores()));
        }
        return text.toString();
    }

    private static long logSize(Path log) {
        try {
            return Files.size(log);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Stack traces that the server logged since {@code offset}: each starts with an "at" line after a non-"at" line. */
    private static String stackTracesSince(Path log, long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            String text = new String(
                    all,
                    (int) Math.min(offset, all.length),
                    (int) Math.max(0, all.length - offset),
                    StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            List<String> firstLines = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).startsWith("\tat ") && !lines.get(i - 1).startsWith("\tat ")) {
                    firstLines.add(lines.get(i - 1).strip());
                }
            }
            return firstLines.size()
                    + (firstLines.isEmpty()
                            ? ""
                            : " " + firstLines.stream().distinct().limit(3).toList());
        } catch (IOException e) {
            return "unknown (" + e + ")";
        }
    }

    private static String cell(Latency figures) {
        return String.format(
                Locale.ROOT, "%d/%d ms (%d, %d)", figures.p50(), figures.p99(), figures.calls(), figures.errors());
    }
}
