package dev.otpserver.reliability;

import dev.otpserver.systemtest.support.ServerUnderTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real EAR on WildFly beside the Payara of the test bed, on the same database, configured by
 * servers/wildfly/configure.sh as an operator would, started with standalone.sh, stopped by its management
 * API. Its ports lie below Linux's ephemeral range: HTTP 8080 and management 9990 plus {@code reliability.wildfly-port-offset}.
 */
final class WildFlyServer implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(5);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path home = Path.of(System.getProperty("reliability.wildfly-home"));
    private final int offset = Integer.getInteger("reliability.wildfly-port-offset");
    private Process process;

    /** Configures, deploys and starts WildFly with the test bed's database, mail server and server properties. */
    static WildFlyServer start(String jdbcUrl, List<String> properties) {
        WildFlyServer server = new WildFlyServer();
        server.configure(jdbcUrl, properties);
        server.launch();
        return server;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + (8080 + offset));
    }

    private URI readiness() {
        return URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/ready");
    }

    private void configure(String jdbcUrl, List<String> properties) {
        List<String> command = new ArrayList<>(List.of(
                "bash",
                System.getProperty("reliability.wildfly-scripts") + "/configure.sh",
                "--home",
                home.toString(),
                "--db",
                "postgresql",
                "--db-url",
                jdbcUrl,
                "--db-user",
                "postgres",
                "--postgresql-jar",
                System.getProperty("reliability.jdbc-driver"),
                "--port-offset",
                String.valueOf(offset),
                "--smtp-port",
                String.valueOf(ServerUnderTest.smtpPort())));
        for (String property : properties) {
            command.addAll(List.of("--property", property));
        }
        Commands.require(START, command);
    }

    private void launch() {
        try {
            Files.copy(
                    ServerUnderTest.ear().toPath(),
                    home.resolve("standalone/deployments/otp-server.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder start = new ProcessBuilder(
                            home.resolve("bin/standalone.sh").toString(), "-c", "standalone-otp.xml")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("standalone-console.log").toFile());
            // the pid file lets stop-leftovers.sh end a WildFly that an interrupted run left behind
            start.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
            start.environment().put("JBOSS_PIDFILE", home.resolve("wildfly.pid").toString());
            process = start.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start WildFly in " + home, e);
        }
        Instant deadline = Instant.now().plus(START);
        while (!ready()) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                close();
                throw new IllegalStateException(
                        "WildFly is not ready; see " + home.resolve("standalone/log/server.log"));
            }
            PayaraServer.pause(Duration.ofSeconds(1));
        }
    }

    private boolean ready() {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(readiness())
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200
                    && answer.body().replace(" ", "").contains("\"name\":\"database\",\"status\":\"UP\"");
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Path log() {
        return home.resolve("standalone/log/server.log");
    }

    /** The server JVM's pid, from the pid file the start script writes (the script's own process is a shell). */
    long pid() {
        try {
            return Long.parseLong(Files.readString(home.resolve("wildfly.pid")).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("WildFly wrote no pid file in " + home, e);
        }
    }

    /** A clean shutdown through the management API; the start script then ends by itself. */
    @Override
    public void close() {
        Commands.run(
                Duration.ofMinutes(2),
                List.of(
                        home.resolve("bin/jboss-cli.sh").toString(),
                        "--connect",
                        "--controller=127.0.0.1:" + (9990 + offset),
                        "--command=:shutdown"));
        if (process != null) {
            process.onExit()
                    .completeOnTimeout(process, 60, java.util.concurrent.TimeUnit.SECONDS)
                    .join();
        }
    }
}
