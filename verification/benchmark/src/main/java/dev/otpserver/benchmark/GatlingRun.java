package dev.otpserver.benchmark;

import io.gatling.app.Gatling$;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@link ApiLoadSimulation} in this JVM through Gatling's own launcher and reads the figures back from
 * the "All Requests" row of the report it writes (Gatling keeps no machine-readable summary since 3.12), with
 * the server's CPU time over the run (which includes Gatling's own start and report, a second or two of a
 * server at rest).
 */
final class GatlingRun {

    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z ]*col-(\\d+)\">([^<]*)</td>");
    private static final int TOTAL = 2;
    private static final int OK = 3;
    private static final int KO = 4;
    private static final int P50 = 8;
    private static final int P99 = 11;

    private final BenchTarget target;
    private final ServerCpu serverCpu;

    GatlingRun(BenchTarget target) {
        this.target = target;
        this.serverCpu = ServerCpu.of(target.serverPid(), target.clockTicks());
    }

    /** Keeps {@code concurrency} requests in flight for {@code seconds}. */
    Measurement closed(String api, int concurrency, int seconds) {
        return run(api, "closed", concurrency, seconds);
    }

    /** Starts {@code perSecond} requests a second for {@code seconds}. */
    Measurement open(String api, double perSecond, int seconds) {
        return run(api, "open", perSecond, seconds);
    }

    private Measurement run(String api, String model, double level, int seconds) {
        System.setProperty(ApiLoadSimulation.API, api);
        System.setProperty(ApiLoadSimulation.MODEL, model);
        System.setProperty(ApiLoadSimulation.LEVEL, Double.toString(level));
        System.setProperty(ApiLoadSimulation.SECONDS, Integer.toString(seconds));
        System.setProperty(ApiLoadSimulation.BASE_URL, target.baseUrl().toString());
        Path folder = target.results().resolve("gatling");
        Duration cpuBefore = serverCpu.used();
        Calls.failedSinceLast(api);
        int exit = Gatling$.MODULE$.fromArgs(new String[] {
            "-s", ApiLoadSimulation.class.getName(), "-rf", folder.toString(), "-rd", api + " " + model + " " + level
        });
        if (exit != 0) {
            throw new IllegalStateException("Gatling ended with " + exit + " for " + api);
        }
        Duration cpu = serverCpu.used().minus(cpuBefore);
        Map<Integer, Long> row = allRequestsRow(newestReport(folder).resolve("index.html"));
        return new Measurement(
                row.get(OK) / (double) seconds,
                row.get(P50),
                row.get(P99),
                row.get(TOTAL),
                row.get(KO) + Calls.failedSinceLast(api),
                ServerCpu.millisPerRequest(cpu, row.get(TOTAL)));
    }

    static Map<Integer, Long> allRequestsRow(Path report) {
        try {
            String html = Files.readString(report);
            int start = html.indexOf("<tr id=\"ROOT\"");
            String root = html.substring(start, html.indexOf("</tr>", start));
            Map<Integer, Long> cells = new HashMap<>();
            Matcher cell = CELL.matcher(root);
            while (cell.find()) {
                String value = cell.group(2).trim();
                cells.put(
                        Integer.parseInt(cell.group(1)),
                        value.equals("-") ? 0L : Math.round(Double.parseDouble(value)));
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path newestReport(Path folder) {
        try (Stream<Path> reports = Files.list(folder)) {
            return reports.filter(Files::isDirectory)
                    .max(Comparator.comparing(GatlingRun::modified))
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
