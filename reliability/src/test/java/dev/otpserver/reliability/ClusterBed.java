package dev.otpserver.reliability;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two Payara Server nodes on one database behind HAProxy, started by the README's cluster command
 * (servers/payara/cluster.sh) with both deployments at once on an empty database. It shares the test bed's
 * PostgreSQL server (database otp_cluster), mail server, SMS sink and secrets. While it runs, the system-test
 * helpers (which find the server through system properties) talk to HAProxy and to its database.
 */
final class ClusterBed implements AutoCloseable {

    static final String DATABASE = "otp_cluster";
    private static final Duration START = Duration.ofMinutes(15);
    private static final Duration RELOAD = Duration.ofSeconds(90);
    private static final Pattern MIGRATED =
            Pattern.compile("Database schema at version \\S+ \\((\\d+) migrations applied now\\)");

    private final Path dir = Path.of(System.getProperty("reliability.cluster-dir"));
    private final int httpPort = Integer.getInteger("reliability.cluster-http-port");
    private final int httpsPort = Integer.getInteger("reliability.cluster-https-port");
    private final int adminPort = Integer.getInteger("reliability.cluster-admin-port");
    private final Map<String, String> replaced = new HashMap<>();
    final List<PayaraServer> nodes = new ArrayList<>();
    Duration startedIn;

    /**
     * Starts the cluster with the test bed's settings and {@code settings} (KEY=VALUE, MicroProfile Config of both
     * nodes), or fails saying which command failed and what it printed.
     */
    static ClusterBed start(TestBed bed, List<String> settings) {
        ClusterBed cluster = new ClusterBed();
        try {
            bed.database.createDatabase(DATABASE);
            cluster.startNodes(bed, settings);
            cluster.pointHelpersHere();
            return cluster;
        } catch (RuntimeException | IOException failed) {
            cluster.close();
            throw failed instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed);
        }
    }

    URI balancer() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    URI balancerTls() {
        return URI.create("https://localhost:" + httpsPort);
    }

    /** Node 1 or 2, straight, not through HAProxy. */
    URI node(int n) {
        return URI.create("http://127.0.0.1:" + (httpPort + n));
    }

    PayaraServer payara(int n) {
        return nodes.get(n - 1);
    }

    Path dir() {
        return dir;
    }

    /** The number of schema migrations each node says it applied at its deployment. */
    List<Integer> migrationsApplied() throws IOException {
        List<Integer> counts = new ArrayList<>();
        for (PayaraServer node : nodes) {
            Matcher found = MIGRATED.matcher(Files.readString(node.log()));
            counts.add(found.find() ? Integer.parseInt(found.group(1)) : -1);
        }
        return counts;
    }

    /** Starts node n again after a SIGKILL; deploys afresh if Payara does not reload the EAR (README, Known issues). */
    String restart(int n) {
        Instant started = Instant.now();
        PayaraServer node = payara(n);
        node.start();
        if (!node.awaitReady(RELOAD)) {
            node.deploy();
            if (!node.awaitReady(RELOAD)) {
                throw new IllegalStateException("node " + n + " is not ready after a deployment; see " + node.log());
            }
        }
        return "ready again in " + Duration.between(started, Instant.now()).toSeconds() + " s";
    }

    private void startNodes(TestBed bed, List<String> settings) throws IOException {
        Files.createDirectories(dir);
        // the realm user "admin" of both nodes gets the password the system-test helpers use
        Files.writeString(dir.resolve("admin-password"), System.getProperty("otp.it.admin-password") + "\n");
        List<String> command = new ArrayList<>(List.of(
                "env",
                "OTP_CLUSTER_DIR=" + dir,
                "OTP_CLUSTER_SECRETS=" + System.getProperty("reliability.secrets"),
                "OTP_PAYARA_HOME=" + System.getProperty("reliability.payara-home"),
                "OTP_EAR=" + System.getProperty("otp.it.ear"),
                "OTP_HTTP_PORT=" + httpPort,
                "OTP_HTTPS_PORT=" + httpsPort,
                "OTP_ADMIN_PORT=" + adminPort,
                "OTP_DB_PORT=" + System.getProperty("reliability.pg-port"),
                "OTP_DB_NAME=" + DATABASE,
                "OTP_SMTP_PORT=" + System.getProperty("otp.it.smtp-port"),
                "OTP_MAIL_SINK=off",
                "OTP_DEPLOY_AT_ONCE=yes",
                "bash",
                System.getProperty("reliability.payara-scripts") + "/cluster.sh",
                "start"));
        command.addAll(bed.serverProperties());
        command.addAll(settings);
        Instant started = Instant.now();
        Commands.require(START, command);
        startedIn = Duration.between(started, Instant.now());
        List<String> credentials = List.of(
                "--user",
                "admin",
                "--passwordfile",
                dir.resolve("asadmin-passwordfile").toString());
        for (int n = 1; n <= 2; n++) {
            nodes.add(new PayaraServer(
                    "node" + n, String.valueOf(adminPort + n), node(n).resolve("/health/ready"), credentials));
        }
    }

    private void pointHelpersHere() {
        replace("otp.it.base-url", balancer().toString());
        replace(
                "otp.it.jdbc-url",
                "jdbc:postgresql://127.0.0.1:" + System.getProperty("reliability.pg-port") + "/" + DATABASE
                        + "?user=postgres");
        replace("otp.it.admin-user", "admin");
    }

    private void replace(String key, String value) {
        replaced.put(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    @Override
    public void close() {
        replaced.forEach(System::setProperty);
        Commands.run(
                START,
                List.of(
                        "env",
                        "OTP_CLUSTER_DIR=" + dir,
                        "OTP_PAYARA_HOME=" + System.getProperty("reliability.payara-home"),
                        "OTP_HTTP_PORT=" + httpPort,
                        "OTP_HTTPS_PORT=" + httpsPort,
                        "OTP_ADMIN_PORT=" + adminPort,
                        "bash",
                        System.getProperty("reliability.payara-scripts") + "/cluster.sh",
                        "stop"));
    }
}
