package dev.otpserver.systemtest.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Redocly CLI's recommended rules over an OpenAPI document, run through npx: a build-time tool from npm, pinned,
 * that npx downloads on first use (Node.js 20.19+ needed; no Node, no pass).
 */
final class RedoclyLint {

    static final String CLI = "@redocly/cli@2.77.0";
    /** A cold npm cache downloads the CLI first; a hung download fails the test rather than the build's patience. */
    private static final long TIMEOUT_MINUTES = 5;

    private RedoclyLint() {}

    /** What the CLI said and how it ended; exit code 0 means no error (warnings do not count). */
    record Outcome(int exitCode, String output) {}

    static Outcome lint(Path document) throws IOException, InterruptedException {
        Path log = Files.createTempFile("redocly", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        "npx",
                        "--yes",
                        CLI,
                        "lint",
                        "--extends",
                        "recommended",
                        "--format",
                        "stylish",
                        "--max-problems",
                        "1000",
                        document.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // No usage data sent home, no update banner: the build talks to the npm registry only.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("npx " + CLI + " did not finish within " + TIMEOUT_MINUTES
                        + " minutes:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
