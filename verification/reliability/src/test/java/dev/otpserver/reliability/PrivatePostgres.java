package dev.otpserver.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of this run only, on 127.0.0.1 at its own port, created by initdb in the module's
 * target/pgdata. The test stops it at will, so it is never the machine's PostgreSQL (CI and others use 5432).
 * PostgreSQL refuses to run as root: as root, its tools run as the postgres OS user, who owns the data.
 */
final class PrivatePostgres {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private final Path data = Path.of(System.getProperty("reliability.pg-data"));
    private final int port = Integer.parseInt(System.getProperty("reliability.pg-port"));
    private final Path bin = newestBinaries();

    /** initdb into an empty data directory, trust authentication for user postgres, loopback only. */
    void create() {
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            Commands.require(WAIT, List.of("chown", "postgres:postgres", data.toString()));
        }
        Commands.require(
                WAIT,
                Commands.asPostgres(
                        tool("initdb"),
                        "-D",
                        data.toString(),
                        "-U",
                        "postgres",
                        "--auth=trust",
                        "-E",
                        "UTF8",
                        "--locale=C.UTF-8"));
    }

    /** Fails, quoting the end of the server's log, if the server does not start. */
    void start() {
        if (Commands.run(
                        WAIT,
                        Commands.asPostgres(
                                tool("pg_ctl"),
                                "-D",
                                data.toString(),
                                "-l",
                                data.resolve("postgres.log").toString(),
                                "-w",
                                "-o",
                                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + data,
                                "start"))
                != 0) {
            throw new IllegalStateException("PostgreSQL did not start: " + logTail());
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postgres.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** As a crash: no checkpoint, every connection cut; PostgreSQL recovers from its WAL at the next start. */
    void stopImmediately() {
        Commands.require(
                WAIT, Commands.asPostgres(tool("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    }

    void stop() {
        Commands.run(WAIT, Commands.asPostgres(tool("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }

    boolean running() {
        return Commands.run(WAIT, Commands.asPostgres(tool("pg_ctl"), "-D", data.toString(), "status")) == 0;
    }

    void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    private static Path newestBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(PrivatePostgres::majorVersion))
                    .orElseThrow(() ->
                            new IllegalStateException("No PostgreSQL server binaries in /usr/lib/postgresql/*/bin"));
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL server binaries in /usr/lib/postgresql", e);
        }
    }

    private static int majorVersion(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }
}
