package dev.otpserver.benchmark;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The server under load and what the driver may read of it, from the system properties that
 * {@code benchmark/run.sh} sets: where it listens, its database, the secrets it was configured with (the
 * driver makes wallet tokens and sealed notifications as the server would), its SMS sink and its process
 * (with the clock ticks a second in which Linux counts a process's CPU time), and the counts port of the
 * relay between the server and PostgreSQL ({@link PostgresRelay}) when the run has one.
 */
record BenchTarget(
        URI baseUrl,
        String jdbcUrl,
        Path pepper,
        Path sealingKey,
        Path gspPublicKeys,
        Path smsSink,
        long serverPid,
        long clockTicks,
        URI metrics,
        Path results,
        boolean quick,
        int soakMinutes,
        Set<String> only,
        Optional<InetSocketAddress> relayCounts) {

    static BenchTarget fromSystemProperties() {
        return new BenchTarget(
                URI.create(required("bench.base-url")),
                required("bench.jdbc-url"),
                Path.of(required("bench.pepper")),
                Path.of(required("bench.sealing-key")),
                Path.of(required("bench.gsp-keys") + ".pub"),
                Path.of(required("bench.sms-sink")),
                Long.parseLong(required("bench.server-pid")),
                Long.getLong("bench.clock-ticks", 100),
                URI.create(required("bench.base-url") + "/metrics"),
                Path.of(required("bench.results")),
                Boolean.getBoolean("bench.quick"),
                Integer.getInteger("bench.soak-minutes", 10),
                sections(System.getProperty("bench.only", "")),
                Optional.ofNullable(System.getProperty("bench.relay-counts")).map(BenchTarget::address));
    }

    /** Whether a section of the benchmark runs: all of them unless {@code --only} named some. */
    boolean runs(String section) {
        return only.isEmpty() || only.contains(section);
    }

    private static Set<String> sections(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
    }

    private static InetSocketAddress address(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return new InetSocketAddress(
                hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + key + " is not set (benchmark/run.sh sets it)");
        }
        return value;
    }
}
