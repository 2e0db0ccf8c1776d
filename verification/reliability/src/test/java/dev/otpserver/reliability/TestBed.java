package dev.otpserver.reliability;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.otpserver.systemtest.support.ServerUnderTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every reliability test runs against, set up once per run: GreenMail as the mail server, a private
 * PostgreSQL cluster, and the EAR on Payara Server configured by servers/payara/configure.sh to use both.
 */
final class TestBed implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    static final String ADMIN =
            System.getProperty("otp.it.admin-user") + ":" + System.getProperty("otp.it.admin-password") + ":otp-admin";
    static final String USER = System.getProperty("otp.it.user") + ":" + System.getProperty("otp.it.user-password");
    private static final Duration FIRST_START = Duration.ofMinutes(5);
    private static final Duration RELOAD = Duration.ofSeconds(90);

    final PrivatePostgres database = new PrivatePostgres();
    final PayaraServer payara = new PayaraServer();
    final GreenMail mail =
            new GreenMail(new ServerSetup(ServerUnderTest.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static TestBed start() {
        TestBed bed = new TestBed();
        try {
            retried(bed.mail::start);
            bed.database.create();
            retried(bed.database::start);
            bed.database.createDatabase("otp");
            bed.payara.configure(bed.configuration());
            bed.payara.start();
            bed.payara.deploy();
            if (!bed.payara.awaitReady(FIRST_START)) {
                throw new IllegalStateException("Payara is not ready; see " + bed.payara.log());
            }
            return bed;
        } catch (RuntimeException failed) {
            bed.close(); // nothing of a half-built test bed keeps running
            throw failed;
        }
    }

    /** Brings back what an earlier test may have left down (tests have no order): the database, then the server. */
    void ensureUp() {
        if (!database.running()) {
            retried(database::start);
        }
        if (!payara.alive()) {
            restart();
        } else if (!payara.awaitReady(RELOAD)) {
            redeploy();
        }
    }

    /**
     * Starts the domain again after a SIGKILL, and tells how the EAR came back: reloaded by Payara itself, or
     * deployed afresh because Payara 6.2025.10 fails every other time to reload an EAR at start (README, Known issues).
     */
    String restart() {
        Instant started = Instant.now();
        payara.start();
        if (payara.awaitReady(RELOAD)) {
            return "reloaded by start-domain in "
                    + Duration.between(started, Instant.now()).toSeconds() + " s";
        }
        redeploy();
        return "deployed afresh after start-domain, ready in "
                + Duration.between(started, Instant.now()).toSeconds() + " s";
    }

    /**
     * Starts a listener again if it failed: its port lies in Linux's ephemeral range (32768-60999), where a
     * passing outgoing connection of this busy machine may hold it for a moment ("Address already in use").
     */
    static void retried(Runnable start) {
        for (int attempt = 1; ; attempt++) {
            try {
                start.run();
                return;
            } catch (RuntimeException failed) {
                if (attempt == 5) {
                    throw failed;
                }
                System.out.println("Start failed ("
                        + failed.getMessage().lines().findFirst().orElse("") + "); trying again in 3 s");
                PayaraServer.pause(Duration.ofSeconds(3));
            }
        }
    }

    private void redeploy() {
        payara.deploy();
        if (!payara.awaitReady(FIRST_START)) {
            throw new IllegalStateException("Payara is not ready after a deployment; see " + payara.log());
        }
    }

    private List<String> configuration() {
        List<String> options = new ArrayList<>(List.of(
                "--http-port",
                String.valueOf(ServerUnderTest.baseUrl().getPort()),
                "--admin-port",
                System.getProperty("reliability.admin-port"),
                "--port-offset",
                String.valueOf(ServerUnderTest.baseUrl().getPort() - 8080),
                "--db",
                "postgresql",
                "--db-url",
                databaseUrl(),
                "--db-user",
                "postgres",
                "--jdbc-driver",
                System.getProperty("reliability.jdbc-driver"),
                "--smtp-host",
                "127.0.0.1",
                "--smtp-port",
                String.valueOf(ServerUnderTest.smtpPort()),
                "--user",
                ADMIN,
                "--user",
                USER));
        options.addAll(serverProperties());
        return options;
    }

    /** The application's database, which a second server (WildFly in SlowClientsTest) shares as another node. */
    String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + System.getProperty("reliability.pg-port") + "/otp";
    }

    /** The MicroProfile Config values of every server of the bed: the same secrets, so any node's answers verify. */
    List<String> serverProperties() {
        Path secrets = Path.of(System.getProperty("reliability.secrets"));
        try {
            Files.createDirectories(secrets);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return List.of(
                "otp.gateway.signing-key.path=" + secrets.resolve("server-key.pem"),
                "otp.gsp.server-keys.path=" + secrets.resolve("gsp-keys.jwks"),
                "otp.auth.pepper.path=" + secrets.resolve("pepper"),
                "otp.notification.sealing-key.path=" + secrets.resolve("sealing-key"),
                // the first node makes them; every later one reads the same files
                "otp.secrets.generate-missing=true",
                "otp.notification.sms.gateways=sink",
                "otp.notification.sms.sink-file=" + ServerUnderTest.smsSink(),
                // an attempt cut short by the kill is taken up again after the shortest lease the server
                // allows (its floor, the longest attempt plus 5 s: 20 s) rather than after 60 s
                "otp.notification.webhook.claim-lease-seconds=10");
    }

    @Override
    public void close() {
        payara.stop();
        database.stop();
        mail.stop();
    }
}
