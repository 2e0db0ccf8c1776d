package dev.otpserver.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tools the test bed is made of (asadmin, configure.sh, initdb, pg_ctl). Their output goes to one log
 * file, not a pipe: asadmin start-domain leaves the server holding whatever it was given as stdout.
 */
final class Commands {

    private static final Path LOG =
            Path.of(System.getProperty("reliability.secrets")).resolveSibling("reliability-commands.log");

    private Commands() {}

    /** The command's exit code; the output is in the log file. */
    static int run(Duration timeout, List<String> command) {
        try {
            Files.createDirectories(LOG.getParent());
            Files.writeString(
                    LOG,
                    "\n$ " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            long before = Files.size(LOG);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + timeout + ": " + command);
            }
            lastOutput = tail(before);
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the command and fails, quoting its output, unless it exits with 0. */
    static void require(Duration timeout, List<String> command) {
        if (run(timeout, command) != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + lastOutput);
        }
    }

    /** What the last command printed (single-threaded use: the test bed runs its tools one at a time). */
    static String lastOutput() {
        return lastOutput;
    }

    /** Prefixes a command so that it runs as the postgres OS user when this JVM runs as root. */
    static List<String> asPostgres(String... command) {
        List<String> all = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static volatile String lastOutput = "";

    private static String tail(long from) throws IOException {
        byte[] all = Files.readAllBytes(LOG);
        return new String(
                all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
    }
}
