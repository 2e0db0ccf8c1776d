package dev.otpserver.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.SmsSink;
import dev.otpserver.systemtest.support.Wallet;
import dev.otpserver.systemtest.support.WalletUser;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Payara Server nodes on one PostgreSQL behind HAProxy, as `./otp cluster` starts them: both deployed at once
 * on an empty database, one code verified across nodes, limits counted once across nodes, an admin change seen by
 * the other node within the client cache time, and nodes killed with SIGKILL under load through HAProxy.
 */
@ExtendWith(TestBedExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTest {

    private static final int MAX_WRONG_ATTEMPTS = 5; // otp.auth.max-wrong-attempts, default
    private static final Duration CLIENT_CACHE = Duration.ofSeconds(5); // otp.config.client-cache-seconds, default
    private static final int KILLS = Integer.getInteger("reliability.kills", 3);
    /** Two failed health checks 2 s apart, and a little more. */
    private static final Duration HAPROXY_SEES_IT_DOWN = Duration.ofSeconds(5);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ClusterBed cluster;

    @BeforeAll
    void startCluster(TestBed bed) {
        cluster = ClusterBed.start(bed);
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void bothNodesDeployedAtOnceOnAnEmptyDatabaseOneMigrates() throws IOException {
        List<Integer> migrations = cluster.migrationsApplied();
        Figures.print(
                "Cluster: two nodes deployed at once on an empty database",
                "started and ready in " + cluster.startedIn.toSeconds() + " s; migrations applied by node 1: "
                        + migrations.get(0) + ", by node 2: " + migrations.get(1));

        assertTrue(cluster.payara(1).ready() && cluster.payara(2).ready(), "both nodes ready");
        assertEquals(
                1,
                migrations.stream().filter(count -> count > 0).count(),
                "one node migrates, the other finds it done: " + migrations);
        assertEquals(
                1,
                migrations.stream().filter(count -> count == 0).count(),
                "one node migrates, the other finds it done: " + migrations);
    }

    @Test
    void aCodeIssuedThroughOneNodeVerifiesThroughTheOther() {
        Partner partner = Partner.register();

        // a user each: one code per user every 30 s, across nodes too
        assertEquals("SUCCESS", verifiedAcross(WalletUser.of(partner), 1, 2).resultCode());
        assertEquals("SUCCESS", verifiedAcross(WalletUser.of(partner), 2, 1).resultCode());
    }

    @Test
    void firstCallPassesThroughTheLoadBalancer() throws Exception {
        Path repository = Path.of(System.getProperty("reliability.payara-scripts"))
                .resolve("../..")
                .normalize();
        // over HTTPS, passed through to the nodes (the HTTP side carries every other call of this test); once: the demo
        // user gets one code every 30 s
        Process firstCall = new ProcessBuilder(
                        "java",
                        "examples/FirstCall.java",
                        "--url",
                        cluster.balancerTls().toString(),
                        "--ca",
                        cluster.dir().resolve("tls/server.crt").toString(),
                        "--server-key",
                        ServerUnderTest.serverPublicKey().toString(),
                        "--sms-sink",
                        ServerUnderTest.smsSink().toString())
                .directory(repository.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(firstCall.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, firstCall.waitFor(), output);
        assertTrue(output.contains("Done: the code was verified."), output);
    }

    @Test
    void parallelWrongGuessesSpreadOverBothNodesCountExactlyTheLimit() throws Exception {
        WalletUser user = WalletUser.of(Partner.register());
        WalletUser.Code code = user.code();
        int guesses = 4 * MAX_WRONG_ATTEMPTS;

        List<String> answers = inParallel(
                guesses,
                i -> Wallet.verify(user.partner(), code.requestId(), code.wrong())
                        .at(cluster.node(1 + i % 2))
                        .send()
                        .resultCode());
        Map<String, Long> counted =
                answers.stream().collect(Collectors.groupingBy(answer -> answer, Collectors.counting()));
        GatewayAnswer right = user.verify(code, code.value());
        Figures.print(
                "Cluster: " + guesses + " parallel wrong guesses of one code, alternately on both nodes",
                counted.toString());

        assertEquals(MAX_WRONG_ATTEMPTS, counted.getOrDefault("VERIFY_UNMATCHED", 0L), counted.toString());
        assertNotEquals("SUCCESS", right.resultCode(), "the challenge is dead: " + right);
    }

    @Test
    void aClientDisabledThroughOneNodeIsRefusedByTheOtherWithinTheClientCacheTime() throws Exception {
        Partner partner = Partner.register();
        String accepted = probe(partner, 2); // node 2 now holds the client in its cache

        Instant disabled = Instant.now();
        HttpResponse<String> change = HTTP.send(
                HttpRequest.newBuilder(cluster.node(1).resolve("/admin/clients/" + partner.clientId()))
                        .header("Authorization", basic())
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"" + partner.clientId()
                                + "\",\"name\":\"Cluster shop\",\"status\":\"DISABLED\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String refusal = accepted;
        while (refusal.equals(accepted)
                && Duration.between(disabled, Instant.now()).compareTo(CLIENT_CACHE.multipliedBy(3)) < 0) {
            PayaraServer.pause(Duration.ofMillis(100));
            refusal = probe(partner, 2);
        }
        Duration seen = Duration.between(disabled, Instant.now());
        Figures.print(
                "Cluster: a client disabled through node 1",
                "refused by node 2 after " + seen.toMillis() + " ms (client cache " + CLIENT_CACHE.toSeconds()
                        + " s); node 2 answered " + accepted + " before, " + refusal + " after");

        assertEquals(200, change.statusCode(), change.body());
        assertEquals("SUCCESS", accepted);
        assertEquals("CLIENT_INVALID", refusal);
        assertTrue(seen.compareTo(CLIENT_CACHE.plusSeconds(1)) <= 0, "refused after " + seen);
    }

    @Test
    void everyMessageAcceptedThroughHaproxyIsDeliveredOnceWhileNodesAreKilled(TestBed bed) {
        // node 1, node 2, node 1, ...: each kill leaves the other node serving and sending, and then both again
        KillsUnderLoad.deliverEverything(
                bed,
                "Cluster: load through HAProxy, " + KILLS + " SIGKILLs of one node of two",
                KILLS,
                HAPROXY_SEES_IT_DOWN,
                round -> cluster.payara(victim(round)).kill(),
                round -> "node " + victim(round) + " " + cluster.restart(victim(round)));
    }

    private static int victim(int round) {
        return 1 + (round - 1) % 2;
    }

    /** The code sent by an initAuthentication on node {@code issuer}, verified on node {@code verifier}. */
    private GatewayAnswer verifiedAcross(WalletUser user, int issuer, int verifier) {
        String requestId = "auth_" + UUID.randomUUID();
        String code = SmsSink.codeOfNextText(user.phone(), () -> {
            GatewayAnswer init = Wallet.init(user.partner(), requestId, "SMS", user.token())
                    .at(cluster.node(issuer))
                    .send();
            assertEquals("SUCCESS", init.resultCode(), init.toString());
        });
        return Wallet.verify(user.partner(), requestId, code)
                .at(cluster.node(verifier))
                .send();
    }

    /** What node n answers to the partner's signed queryOtpConfig. */
    private String probe(Partner partner, int n) {
        return partner.post("/amsin/api/v1/business/worldcard/queryOtpConfig", "{}")
                .at(cluster.node(n))
                .send()
                .resultCode();
    }

    private static String basic() {
        String user = ServerUnderTest.adminUser() + ":" + ServerUnderTest.adminPassword();
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> inParallel(int count, Function<Integer, String> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<String>> answers = IntStream.range(0, count)
                    .mapToObj(i -> threads.submit(() -> call.apply(i)))
                    .toList();
            List<String> all = new ArrayList<>();
            for (Future<String> answer : answers) {
                all.add(answer.get());
            }
            return all;
        } finally {
            threads.shutdown();
        }
    }
}
