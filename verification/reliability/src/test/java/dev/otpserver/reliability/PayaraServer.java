package dev.otpserver.reliability;

import dev.otpserver.systemtest.support.Readiness;
import dev.otpserver.systemtest.support.ServerUnderTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real EAR on Payara Server, driven as an operator would: configure.sh once, asadmin start-domain and
 * deploy, SIGKILL of the server JVM by the pid in the domain's config/pid, asadmin stop-domain.
 */
final class PayaraServer {

    private static final String APP = "otp-server";
    private static final Duration ASADMIN = Duration.ofMinutes(5);

    private final Path home = Path.of(System.getProperty("reliability.payara-home"));
    private final String name;
    private final Path domain;
    private final String adminPort;
    private final URI readiness;
    private final List<String> credentials;

    /** The test bed's server: domain1 of the module's Payara. */
    PayaraServer() {
        this("domain1", System.getProperty("reliability.admin-port"), ServerUnderTest.readinessUrl(), List.of());
    }

    /** Another domain of the module's Payara, e.g. a node of the cluster, with asadmin's --user and --passwordfile. */
    PayaraServer(String name, String adminPort, URI readiness, List<String> credentials) {
        this.name = name;
        this.domain = home.resolve("glassfish/domains/" + name);
        this.adminPort = adminPort;
        this.readiness = readiness;
        this.credentials = credentials;
    }

    /** servers/payara/configure.sh with these options and KEY=VALUE properties; the domain must be stopped. */
    void configure(List<String> options) {
        List<String> command = new ArrayList<>(List.of(
                "bash",
                System.getProperty("reliability.payara-scripts") + "/configure.sh",
                "--payara-home",
                home.toString()));
        command.addAll(options);
        Commands.require(ASADMIN, command);
    }

    /**
     * One more try after a failed start: on a busy machine Payara 6.2025.10 has been seen to exit during its
     * first start with an HK2 error in its own startup services (Config.getMonitoringService() null), and to
     * start the same domain fine right after.
     */
    void start() {
        if (Commands.run(ASADMIN, asadmin("start-domain", name)) != 0) {
            System.out.println("start-domain failed; trying once more. It said:\n" + excerpt(Commands.lastOutput()));
            Commands.require(ASADMIN, asadmin("start-domain", name));
        }
    }

    /** Deploys the EAR afresh; right after start-domain the web container may not take it yet. */
    void deploy() {
        for (int attempt = 1; ; attempt++) {
            if (Commands.run(
                            ASADMIN,
                            asadmin(
                                    "deploy",
                                    "--force=true",
                                    "--name",
                                    APP,
                                    ServerUnderTest.ear().toString()))
                    == 0) {
                return;
            }
            if (!Commands.lastOutput().contains("not yet been started") || attempt == 20) {
                throw new IllegalStateException("Deployment failed:\n" + Commands.lastOutput());
            }
            pause(Duration.ofSeconds(3));
        }
    }

    /** True once readiness is UP with the application's database check (support.Readiness). */
    boolean awaitReady(Duration within) {
        return Readiness.await(readiness, within);
    }

    boolean ready() {
        return Readiness.ready(readiness);
    }

    /**
     * SIGKILL of the server JVM (no shutdown hook, no undeployment, no transaction ends in order); returns once it
     * is gone, with the moment of the signal: nothing leaves it after that. Its exit is seen later, by seconds at
     * times (the JDK polls a process that is not its child, every 300 ms and more), so it cannot date the kill.
     */
    Instant kill() {
        ProcessHandle server = running().orElseThrow(() -> new IllegalStateException("Payara is not running"));
        Instant signalled = Instant.now();
        server.destroyForcibly();
        server.onExit().join();
        return signalled;
    }

    boolean alive() {
        return running().isPresent();
    }

    /** The server JVM's pid: the same one before and after proves that no restart happened. */
    long pid() {
        return running().map(ProcessHandle::pid).orElse(-1L);
    }

    void stop() {
        Commands.run(ASADMIN, asadmin("stop-domain", name));
    }

    Path log() {
        return domain.resolve("logs/server.log");
    }

    private Optional<ProcessHandle> running() {
        try {
            Path pidFile = domain.resolve("config/pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<String> asadmin(String... arguments) {
        List<String> command = new ArrayList<>(
                List.of(home.resolve("bin/asadmin").toString(), "--host", "127.0.0.1", "--port", adminPort));
        command.addAll(credentials);
        command.addAll(List.of(arguments));
        return command;
    }

    private static String excerpt(String output) {
        return output.length() <= 2_000 ? output : output.substring(0, 2_000) + "…";
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
