package dev.otpserver.reliability;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of slowhttptest (the Debian package, installed by ./otp reliability) against a URL on loopback:
 * 1,000 connections opened at 250 a second, the attack bounded to {@link #LENGTH}. Its per-second statistics
 * (CSV: seconds, closed, pending, connected, service available) tell how many connections the server held.
 * It runs at the lowest priority (nice 19): an attacker's CPU is on another machine, and on this shared one its
 * own work should not pass for the server's.
 */
final class SlowHttpTest {

    static final Duration LENGTH = Duration.ofSeconds(40);
    private static final int CONNECTIONS = 1_000;

    enum Mode {
        SLOWLORIS("slowloris (headers)", "-H", "-t", "POST", "-i", "5", "-x", "24"),
        SLOW_BODY("slow body", "-B", "-t", "POST", "-i", "5", "-s", "60000", "-x", "10", "-f", "application/json"),
        SLOW_READ("slow read", "-X", "-t", "GET", "-k", "3", "-n", "5", "-w", "16", "-y", "64", "-z", "32");

        final String label;
        final List<String> options;

        Mode(String label, String... options) {
            this.label = label;
            this.options = List.of(options);
        }
    }

    /**
     * What the attack's statistics say: the most connections the server held open at once, and the seconds until
     * slowhttptest ended (its time limit, or the server closed every connection).
     */
    record Outcome(int mostConnected, int seconds, int exitCode) {}

    private final Process process;
    private final Path report;

    private SlowHttpTest(Process process, Path report) {
        this.process = process;
        this.report = report;
    }

    static SlowHttpTest start(Mode mode, URI target, Path reports) {
        try {
            Files.createDirectories(reports);
            Path prefix = reports.resolve(mode.name().toLowerCase() + "-" + target.getPort());
            List<String> command = new ArrayList<>(List.of(
                    "nice",
                    "-n",
                    "19",
                    "slowhttptest",
                    "-c",
                    String.valueOf(CONNECTIONS),
                    "-r",
                    "250",
                    "-l",
                    String.valueOf(LENGTH.toSeconds()),
                    "-p",
                    "5",
                    "-g",
                    "-o",
                    prefix.toString(),
                    "-u",
                    target.toString()));
            command.addAll(mode.options);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(
                            prefix.resolveSibling(prefix.getFileName() + ".out").toFile())
                    .start();
            return new SlowHttpTest(process, prefix.resolveSibling(prefix.getFileName() + ".csv"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run slowhttptest (./otp reliability installs it)", e);
        }
    }

    Outcome awaitEnd() {
        try {
            if (!process.waitFor(LENGTH.toSeconds() + 60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            int most = 0;
            int seconds = 0;
            for (String line : Files.exists(report) ? Files.readAllLines(report) : List.<String>of()) {
                String[] fields = line.split(",");
                if (fields.length >= 4 && fields[0].matches("\\d+")) {
                    seconds = Integer.parseInt(fields[0]);
                    most = Math.max(most, Integer.parseInt(fields[3].trim()));
                }
            }
            return new Outcome(most, seconds, process.isAlive() ? -1 : process.exitValue());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
