package dev.otpserver.micro;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro as an Arquillian container for the shared black-box tests of system-test. Payara Micro
 * deploys the WARs named on its command line while it boots and has no admin listener to deploy to
 * afterwards, so this container starts it once for the whole run, with the WAR, through
 * servers/payara-micro/run.sh (which execs java: the process started here is Payara Micro itself), waits
 * for readiness, and stops it at the end by its own pid. A test's "deployment" of that same WAR only
 * checks that it is the WAR Payara Micro booted with.
 */
public class PayaraMicroContainer implements DeployableContainer<PayaraMicroConfiguration> {

    /** Log lines after which Payara Micro never becomes ready (it may keep running all the same). */
    private static final Pattern FAILED = Pattern.compile(
            "Failed to start|Boot Command \\S+ failed|Deployed 0 archive|Exception while loading the app");

    private PayaraMicroConfiguration configuration;
    private Process process;
    private Thread stopOnExit;

    @Override
    public Class<PayaraMicroConfiguration> getConfigurationClass() {
        return PayaraMicroConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void start() throws LifecycleException {
        stopLeftover();
        URI readiness = URI.create(configuration.getReadinessUrl());
        if (listening(readiness)) {
            throw new LifecycleException("Something already listens on " + readiness.getHost() + ":"
                    + readiness.getPort() + "; choose a free port (micro/pom.xml, it.http.port)");
        }
        List<String> command = command();
        Path log = Path.of(configuration.getLog());
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Files.writeString(Path.of(configuration.getPidFile()), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new LifecycleException("Cannot start Payara Micro: " + command, e);
        }
        stopOnExit = new Thread(this::stopProcess, "stop-payara-micro");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        System.out.println("Payara Micro started, pid " + process.pid() + ", log " + log);

        Instant deadline = Instant.now().plusSeconds(configuration.getStartupTimeoutSeconds());
        Instant started = Instant.now();
        while (!ready(readiness)) {
            Optional<String> failure = failureIn(log);
            if (!process.isAlive() || failure.isPresent() || Instant.now().isAfter(deadline)) {
                String why = !process.isAlive()
                        ? "exited with " + process.exitValue()
                        : failure.map(line -> "logged \"" + line + "\"")
                                .orElse("is not ready after " + configuration.getStartupTimeoutSeconds() + " s");
                stop();
                throw new LifecycleException("Payara Micro " + why + "; see " + log);
            }
            pause(Duration.ofSeconds(1));
        }
        System.out.println("Payara Micro ready in "
                + Duration.between(started, Instant.now()).toSeconds() + " s: " + readiness);
    }

    @Override
    public void stop() throws LifecycleException {
        if (stopOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            stopOnExit = null;
        }
        stopProcess();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Local");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String booted = new File(configuration.getWar()).getName();
        if (!booted.equals(archive.getName())) {
            throw new DeploymentException("Payara Micro here serves only the WAR it booted with, " + booted + ", not "
                    + archive.getName() + " (otp.it.ear must name that WAR)");
        }
        return new ProtocolMetaData();
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // The WAR stays deployed until Payara Micro stops.
    }

    private List<String> command() throws LifecycleException {
        try {
            return Files.readAllLines(Path.of(configuration.getCommandFile())).stream()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new LifecycleException("Cannot read " + configuration.getCommandFile(), e);
        }
    }

    /** SIGTERM to Payara Micro's pid, then a minute for its shutdown hooks, then SIGKILL. */
    private void stopProcess() {
        Process running = process;
        if (running == null) {
            return;
        }
        process = null;
        running.destroy();
        try {
            if (!running.waitFor(60, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
        try {
            Files.deleteIfExists(Path.of(configuration.getPidFile()));
        } catch (IOException ignored) {
            // a stale pid file is checked against the process's command line before it is used
        }
        System.out.println("Payara Micro stopped, pid " + running.pid());
    }

    /** A Payara Micro that an interrupted earlier run left running: only if its pid is still Payara Micro. */
    private void stopLeftover() {
        Path pidFile = Path.of(configuration.getPidFile());
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid)
                    .filter(handle -> handle.info()
                            .commandLine()
                            .map(line -> line.contains("payara-micro"))
                            .orElse(false))
                    .ifPresent(leftover -> {
                        System.out.println("Stopping the Payara Micro left running by an earlier run, pid " + pid);
                        leftover.destroy();
                        try {
                            leftover.onExit().get(60, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            leftover.destroyForcibly();
                        }
                    });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            System.out.println("Ignoring unreadable pid file " + pidFile + ": " + e);
        }
    }

    private static boolean listening(URI url) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean ready(URI readiness) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build()
                    .send(
                            HttpRequest.newBuilder(readiness)
                                    .timeout(Duration.ofSeconds(5))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<String> failureIn(Path log) {
        try {
            Matcher matcher = FAILED.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
            return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
