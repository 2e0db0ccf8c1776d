package dev.otpserver.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** What the figures were measured on, for the first line of the report. */
final class Machine {

    private Machine() {}

    static String describe(Fixtures fixtures) throws IOException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("unknown CPU");
        return String.format(
                Locale.ROOT,
                "Run of %s on %d cores (%s), %d GiB, Java %s, PostgreSQL %s, server and load on the same machine.%n",
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                cpu,
                Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)),
                System.getProperty("java.version"),
                fixtures.text("SHOW server_version"));
    }
}
