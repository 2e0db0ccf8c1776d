package dev.otpserver.systemtest.lifecycle;

import dev.otpserver.systemtest.support.ServerUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server's database handled as an operator handles it, with PostgreSQL's own tools (pg_dump, pg_restore, psql
 * on the path), as docs/operations.md "Backup and restore" says.
 */
final class DatabaseTools {

    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(2);

    private DatabaseTools() {}

    /** A backup in pg_dump's custom format, for pg_restore. */
    static void backUpTo(Path file) {
        run(null, "pg_dump", "--format=custom", "--file=" + file);
    }

    /** Restores a backup of {@link #backUpTo} into the (empty) database. */
    static void restoreFrom(Path file) {
        run(null, "pg_restore", "--no-owner", "--exit-on-error", file.toString());
    }

    /** Plain SQL of the whole database, as kept in the repository (diffable, no owner or grants of this machine). */
    static void dumpPlainTo(Path file) {
        run(null, "pg_dump", "--format=plain", "--no-owner", "--no-privileges", "--file=" + file);
    }

    /** Runs plain SQL (a dump of {@link #dumpPlainTo}) with psql, stopping at the first error. */
    static void load(String sql) {
        run(sql, "psql", "--quiet", "--set=ON_ERROR_STOP=1");
    }

    /**
     * Empties the database: the same as a new one for a restore. The database itself stays, since the server's
     * connection pool holds connections to it, which dropping it would break.
     */
    static void empty() {
        execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
    }

    /** Moves every timestamp of the application's tables forward, as if the data were written {@code by} later. */
    static void moveTimeForward(Duration by) {
        List<String> updates = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet columns = statement.executeQuery(
                        "SELECT table_name, column_name FROM information_schema.columns"
                                + " WHERE table_schema = 'public' AND data_type LIKE 'timestamp%' AND table_name <> 'flyway_schema_history'")) {
            while (columns.next()) {
                updates.add("UPDATE " + columns.getString(1) + " SET " + columns.getString(2) + " = "
                        + columns.getString(2) + " + INTERVAL '" + by.toSeconds() + " seconds'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's columns", e);
        }
        execute(updates.toArray(String[]::new));
    }

    private static void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the server's database", e);
        }
    }

    private static void run(String input, String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        line.addAll(1, connection());
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            if (input != null) {
                try (var stdin = process.getOutputStream()) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TOOL_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The database of the JDBC URL (jdbc:postgresql://host:port/name?user=...) as the tools' options. */
    private static List<String> connection() {
        URI url = URI.create(ServerUnderTest.jdbcUrl().substring("jdbc:".length()));
        String user = url.getQuery() == null ? "postgres" : url.getQuery().replaceFirst("^.*user=([^&]+).*$", "$1");
        return List.of(
                "--host=" + url.getHost(),
                "--port=" + (url.getPort() < 0 ? 5432 : url.getPort()),
                "--username=" + user,
                "--no-password",
                "--dbname=" + url.getPath().substring(1));
    }
}
