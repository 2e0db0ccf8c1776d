package dev.otpserver.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.SmsSink;
import dev.otpserver.systemtest.support.Wallet;
import dev.otpserver.systemtest.support.WalletUser;
import dev.otpserver.systemtest.support.WebhookReceiver;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Payara Server nodes on one PostgreSQL behind HAProxy, as `./otp cluster` starts them: both deployed at once
 * on an empty database, one code verified across nodes, both nodes' timers sending and purging each thing once,
 * limits counted once across nodes, an admin change seen by the other node within the client cache time, nodes
 * killed with SIGKILL under load through HAProxy, and the dead node's leased notifications taken over when their
 * lease ends. In this order: each node's meters start at zero with its JVM, so the tests that count a node's work
 * come before the kills; the lease test comes last and leaves its node dead for the cluster's stop.
 */
@ExtendWith(TestBedExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    private static final int MAX_WRONG_ATTEMPTS = 5; // otp.auth.max-wrong-attempts, default
    private static final Duration CLIENT_CACHE = Duration.ofSeconds(5); // otp.config.client-cache-seconds, default
    private static final int KILLS = Integer.getInteger("reliability.kills", 3);
    /** Two failed health checks 2 s apart, and a little more. */
    private static final Duration HAPROXY_SEES_IT_DOWN = Duration.ofSeconds(5);

    /** A client whose users may get a code at any time, at most SEND_LIMIT in the send window (900 s). */
    private static final String SEND_LIMITED = "REL_CLUSTER_SENDS";

    private static final int SEND_LIMIT = 3;
    /** A client held to PER_MINUTE requests a minute: a node reserves a hundredth of it at a time. */
    private static final String TRAFFIC_LIMITED = "REL_CLUSTER_TRAFFIC";

    private static final int PER_MINUTE = 300;
    /**
     * The claim lease of a partner notification: the test bed's otp.notification.webhook.claim-lease-seconds=10 raised to
     * its floor, the longest attempt (connect 5 s, read 10 s) plus 5 s.
     */
    private static final Duration LEASE = Duration.ofSeconds(20);

    /** Users of the timers' test: an email and an SMS each, and as many 3DS notifications. */
    private static final int TIMER_USERS = 40;

    private static final int OLD_MESSAGES = 3_000;
    private static final int OLD_NOTIFICATIONS = 1_000;
    /** Codes sent, then aged past the challenges' retention. */
    private static final int OLD_CODES = 10;
    /** Partner notifications held in flight at the receiver when one node is killed. */
    private static final int HELD = 16;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ClusterBed cluster;

    @BeforeAll
    void startCluster(TestBed bed) {
        cluster = ClusterBed.start(
                bed,
                List.of(
                        "otp.auth.client." + SEND_LIMITED + ".send-interval-seconds=0",
                        "otp.auth.client." + SEND_LIMITED + ".send-limit=" + SEND_LIMIT,
                        "otp.auth.client." + TRAFFIC_LIMITED + ".requests-per-minute=" + PER_MINUTE));
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
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
    @Order(2)
    void aCodeIssuedThroughOneNodeVerifiesThroughTheOther() {
        Partner partner = Partner.register();

        // a user each: one code per user every 30 s, across nodes too
        assertEquals("SUCCESS", verifiedAcross(WalletUser.of(partner), 1, 2).resultCode());
        assertEquals("SUCCESS", verifiedAcross(WalletUser.of(partner), 2, 1).resultCode());
    }

    @Test
    @Order(3)
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
    @Order(6)
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
    @Order(9)
    void bothNodesChallengeHousekeepingForgetsEachOldRowOnce() throws Exception {
        Partner partner = Partner.register();
        for (int i = 0; i < OLD_CODES; i++) {
            GatewayAnswer init = Wallet.init(
                            partner,
                            Fresh.id("aged"),
                            "SMS",
                            WalletUser.of(partner).token())
                    .send();
            assertEquals("SUCCESS", init.resultCode(), init.toString());
        }
        // codes sent just now, aged past the retention (168 h): the next run on each node (every ten minutes)
        // forgets them
        sql(
                "UPDATE auth_challenge SET created_at = created_at - INTERVAL '8 days' WHERE client_id = ?",
                partner.clientId());
        sql(
                "UPDATE auth_init_request SET created_at = created_at - INTERVAL '8 days' WHERE client_id = ?",
                partner.clientId());
        HousekeptRows before = HousekeptRows.between(this::meters);

        Instant deadline = Instant.now().plus(Duration.ofMinutes(11));
        while (count("auth_challenge", "client_id", partner.clientId()) > 0
                && Instant.now().isBefore(deadline)) {
            PayaraServer.pause(Duration.ofMillis(500));
        }
        HousekeptRows after = HousekeptRows.between(this::meters);
        long[] forgotten = {
            delta(before.meters(), after.meters(), 0, "otp_rows_purged_total", "kind", "challenges"),
            delta(before.meters(), after.meters(), 1, "otp_rows_purged_total", "kind", "challenges")
        };
        long gone = before.rows() - after.rows();
        long agedLeft = count("auth_challenge", "client_id", partner.clientId())
                + count("auth_init_request", "client_id", partner.clientId());
        Figures.print(
                "Cluster: both nodes' challenge housekeeping, " + OLD_CODES + " codes aged past their retention",
                String.format(
                        Locale.ROOT,
                        "rows gone from the tables it keeps (challenges, request answers, wrong codes, traffic counts,"
                                + " replay records) %d; forgotten by node 1 %d + node 2 %d = %d; aged rows left %d",
                        gone,
                        forgotten[0],
                        forgotten[1],
                        forgotten[0] + forgotten[1],
                        agedLeft));

        assertEquals(0, agedLeft, "the aged challenges and their request answers forgotten");
        assertTrue(gone >= 2 * OLD_CODES, "at least the aged challenges and request answers went: " + gone);
        assertEquals(gone, forgotten[0] + forgotten[1], "each row counted by the one node that deleted it");
        for (int n = 0; n < 2; n++) {
            assertTrue(
                    after.meters().get(n).has("otp_rows_purged_total", "kind", "challenges"),
                    "the challenge housekeeping ran on node " + (n + 1));
        }
    }

    @Test
    @Order(10)
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
    @Order(11)
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

    @Test
    @Order(4)
    void bothNodesTimersSendEveryMessageAndNotificationExactlyOnce(TestBed bed) throws Exception {
        Partner wallet = Partner.register();
        Partner cardPartner = Partner.register();
        CardSystem cards = CardSystem.register();
        Queue<Recipient> recipients = Recipient.create(wallet.clientId(), TIMER_USERS);
        try (WebhookReceiver webhook = new WebhookReceiver(cardPartner, WebhookReceiver.Behaviour.ACK)) {
            cardPartner.notifiedAt(webhook.url()).preferenceOn();
            List<NodeMeters> before = meters();

            // every recipient (an email and a phone per user) and as many 3DS challenges, all through HAProxy
            List<Recipient> wanted = new ArrayList<>(recipients);
            int calls = wanted.size() + TIMER_USERS;
            List<Sent> sent = inParallel(calls, 6, i -> {
                Instant at = Instant.now();
                if (i < wanted.size()) {
                    Recipient recipient = wanted.get(i);
                    GatewayAnswer init = Wallet.init(
                                    wallet, Fresh.id("timers"), recipient.channel(), recipient.walletToken())
                            .send();
                    return new Sent(recipient.channel(), recipient.address(), at, "SUCCESS".equals(init.resultCode()));
                }
                String assetId = Fresh.id("TIMERS");
                GatewayAnswer created = cards.create(CardSystem.challenge(cardPartner.clientId(), Fresh.phone())
                        .add("assetId", assetId));
                return new Sent("WEBHOOK", assetId, at, "SUCCESS".equals(created.resultCode()));
            });
            Deliveries delivered = awaitDeliveries(bed, webhook, sent);
            List<NodeMeters> after = meters();

            StringBuilder figures = new StringBuilder();
            Map<String, Long> sentTwice = new TreeMap<>();
            Map<String, long[]> byNode = new TreeMap<>();
            for (String channel : List.of("EMAIL", "SMS", "WEBHOOK")) {
                List<Sent> accepted = sent.stream()
                        .filter(one -> one.accepted() && one.channel().equals(channel))
                        .toList();
                long once = accepted.stream()
                        .filter(one -> delivered.to(channel, one.address()).size() == 1)
                        .count();
                sentTwice.put(
                        channel,
                        accepted.stream()
                                .filter(one ->
                                        delivered.to(channel, one.address()).size() > 1)
                                .count());
                String tag = channel.toLowerCase(Locale.ROOT);
                long[] nodes = {
                    delta(before, after, 0, "otp_messages_delivered_total", "channel", tag),
                    delta(before, after, 1, "otp_messages_delivered_total", "channel", tag)
                };
                byNode.put(channel, new long[] {accepted.size(), once, nodes[0], nodes[1]});
                figures.append(String.format(
                        Locale.ROOT,
                        "%-8s accepted %3d  delivered once %3d  twice %d  sent by node 1 %3d, by node 2 %3d%n",
                        channel,
                        accepted.size(),
                        once,
                        sentTwice.get(channel),
                        nodes[0],
                        nodes[1]));
            }
            long[] deliveryPulses = {
                delta(before, after, 0, "otp_pulse_duration_seconds_count", "pulse", "delivery"),
                delta(before, after, 1, "otp_pulse_duration_seconds_count", "pulse", "delivery")
            };
            long[] notifyPulses = {
                delta(before, after, 0, "otp_pulse_duration_seconds_count", "pulse", "notify"),
                delta(before, after, 1, "otp_pulse_duration_seconds_count", "pulse", "notify")
            };
            figures.append(String.format(
                    Locale.ROOT,
                    "drains meanwhile: email and SMS node 1 %d, node 2 %d; webhooks node 1 %d, node 2 %d",
                    deliveryPulses[0],
                    deliveryPulses[1],
                    notifyPulses[0],
                    notifyPulses[1]));
            Figures.print(
                    "Cluster: both nodes' timers, " + calls + " messages and notifications through HAProxy",
                    figures.toString());

            assertEquals(calls, sent.stream().filter(Sent::accepted).count(), "every request accepted");
            byNode.forEach((channel, counts) -> {
                assertEquals(counts[0], counts[1], channel + ": each accepted one delivered exactly once");
                assertEquals(counts[0], counts[2] + counts[3], channel + ": the nodes' sends add up to the accepted");
            });
            assertEquals(Map.of("EMAIL", 0L, "SMS", 0L, "WEBHOOK", 0L), sentTwice);
            assertTrue(deliveryPulses[0] > 0 && deliveryPulses[1] > 0, "the delivery timer ran on both nodes");
            assertTrue(notifyPulses[0] > 0 && notifyPulses[1] > 0, "the notification timer ran on both nodes");
        }
    }

    @Test
    @Order(5)
    void bothNodesHousekeepingPurgesEachOldRowOnce() throws Exception {
        String prefix = Fresh.id("old");
        Instant longAgo = Instant.now().minus(40, ChronoUnit.DAYS); // retention: 30 days for both
        List<NodeMeters> before = meters(); // before the rows exist: a purge may start at once
        // one statement, so that no purge runs between a message and its attempt
        sql(
                "WITH m AS (INSERT INTO ntf_message (message_id, client_id, channel, destination, locale, kind, status,"
                        + " attempts, next_attempt_at, created_at, finished_at) SELECT ? || '-' || g, 'REL_OLD', 'EMAIL',"
                        + " 'old@example.com', 'en', 'OTP_CODE', 'SENT', 1, ?, ?, ? FROM generate_series(1, ?) g"
                        + " RETURNING message_id)"
                        + " INSERT INTO ntf_attempt (attempt_id, message_id, gateway, outcome, latency_ms, attempted_at)"
                        + " SELECT message_id || '-a', message_id, 'smtp', 'DELIVERED', 1, ? FROM m",
                prefix,
                longAgo,
                longAgo,
                longAgo,
                OLD_MESSAGES,
                longAgo);
        sql(
                "INSERT INTO ntf_webhook (notification_id, client_id, customer_id, status,"
                        + " challenge_expires_at, round_attempts, next_attempt_at, created_at, updated_at)"
                        + " SELECT ? || '-n' || g, 'REL_OLD', '', 'ACKED', ?, 1, ?, ?, ? FROM generate_series(1, ?) g",
                prefix,
                longAgo,
                longAgo,
                longAgo,
                longAgo,
                OLD_NOTIFICATIONS);
        Instant seeded = Instant.now();

        // idle, a run of each node takes up to 10,000 rows of a kind; on a busy machine, 500 (RetentionHousekeeping)
        Instant deadline = seeded.plusSeconds(130);
        while ((count("ntf_message", "message_id", prefix + "-%") > 0
                        || count("ntf_webhook", "notification_id", prefix + "-n%") > 0)
                && Instant.now().isBefore(deadline)) {
            PayaraServer.pause(Duration.ofMillis(200));
        }
        Duration gone = Duration.between(seeded, Instant.now());
        PayaraServer.pause(Duration.ofSeconds(2)); // a batch is counted right after its commit
        List<NodeMeters> after = meters();
        long[] messages = {
            delta(before, after, 0, "otp_rows_purged_total", "kind", "messages"),
            delta(before, after, 1, "otp_rows_purged_total", "kind", "messages")
        };
        long[] notifications = {
            delta(before, after, 0, "otp_rows_purged_total", "kind", "partner_notifications"),
            delta(before, after, 1, "otp_rows_purged_total", "kind", "partner_notifications")
        };
        long messagesLeft = count("ntf_message", "message_id", prefix + "-%");
        long notificationsLeft = count("ntf_webhook", "notification_id", prefix + "-n%");
        Figures.print(
                "Cluster: both nodes' housekeeping, " + OLD_MESSAGES + " messages and " + OLD_NOTIFICATIONS
                        + " partner notifications past their retention",
                String.format(
                        Locale.ROOT,
                        "all gone %.1f s after they were written (a run every 20 s on each node); purged: messages"
                                + " node 1 %d + node 2 %d = %d, partner notifications node 1 %d + node 2 %d = %d;"
                                + " left %d and %d",
                        gone.toMillis() / 1000.0,
                        messages[0],
                        messages[1],
                        messages[0] + messages[1],
                        notifications[0],
                        notifications[1],
                        notifications[0] + notifications[1],
                        messagesLeft,
                        notificationsLeft));

        assertEquals(0, messagesLeft + notificationsLeft, "every old row purged");
        assertEquals(OLD_MESSAGES, messages[0] + messages[1], "each old message purged by one node");
        assertEquals(OLD_NOTIFICATIONS, notifications[0] + notifications[1], "each old notification purged once");
        for (int n = 0; n < 2; n++) {
            assertTrue(
                    after.get(n).has("otp_rows_purged_total", "kind", "messages"),
                    "the housekeeping timer ran on node " + (n + 1));
        }
    }

    @Test
    @Order(7)
    void sendIntervalAndSendLimitHoldAcrossNodes() throws Exception {
        // the default interval (30 s): of 10 requests at once for one user, one is sent
        WalletUser everyThirtySeconds = WalletUser.of(Partner.register());
        // no interval, at most SEND_LIMIT in the window: of 20 at once, SEND_LIMIT are sent
        WalletUser limited = WalletUser.of(Partner.registerAs(SEND_LIMITED));
        List<NodeMeters> before = meters();

        Map<String, Long> interval = counted(inParallel(
                10,
                i -> Wallet.init(everyThirtySeconds.partner(), Fresh.id("interval"), "SMS", everyThirtySeconds.token())
                        .send()
                        .resultCode()));
        Map<String, Long> limit = counted(inParallel(
                20,
                i -> Wallet.init(limited.partner(), Fresh.id("limit"), "SMS", limited.token())
                        .send()
                        .resultCode()));
        List<NodeMeters> after = meters();
        long[] served = {
            delta(before, after, 0, "otp_request_duration_seconds_count", "operation", "initAuthentication"),
            delta(before, after, 1, "otp_request_duration_seconds_count", "operation", "initAuthentication")
        };
        // waits 10 s for a text more than expected: a second copy would show
        int textsInterval = SmsSink.textsTo(everyThirtySeconds.phone(), 2).size();
        int textsLimit = SmsSink.textsTo(limited.phone(), SEND_LIMIT + 1).size();
        Figures.print(
                "Cluster: send limits of one user, parallel initAuthentication through HAProxy",
                "interval 30 s, 10 at once: " + interval + ", texts sent " + textsInterval + "\nlimit " + SEND_LIMIT
                        + " per 15 min, no interval, 20 at once: " + limit + ", texts sent " + textsLimit
                        + "\nserved by node 1: " + served[0] + ", by node 2: " + served[1]);

        assertEquals(Map.of("SUCCESS", 1L, "SEND_TIMES_EXCEED_LIMIT", 9L), interval);
        assertEquals(1, textsInterval);
        assertEquals(Map.of("SUCCESS", (long) SEND_LIMIT, "SEND_TIMES_EXCEED_LIMIT", 20L - SEND_LIMIT), limit);
        assertEquals(SEND_LIMIT, textsLimit);
        assertTrue(
                served[0] > 0 && served[1] > 0, "HAProxy spread them over both nodes: " + served[0] + "/" + served[1]);
    }

    @Test
    @Order(8)
    void theTrafficLimitOfAClientHoldsAcrossNodes() throws Exception {
        Partner partner = Partner.registerAs(TRAFFIC_LIMITED);
        int calls = PER_MINUTE * 3 / 2;
        // the whole burst within one minute, the limit's window
        Instant now = Instant.now();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        if (Duration.between(minute, now).toSeconds() > 15) {
            PayaraServer.pause(Duration.between(now, minute.plusSeconds(61)));
        }
        List<NodeMeters> before = meters();
        Instant started = Instant.now();

        List<String> answers = inParallel(
                calls,
                12,
                i -> Wallet.verify(partner, Fresh.id("traffic"), "123456")
                        .send()
                        .resultCode());
        Instant ended = Instant.now();
        List<NodeMeters> after = meters();
        Map<String, Long> counted = counted(answers);
        long refused = counted.getOrDefault("REQUEST_TRAFFIC_EXCEED_LIMIT", 0L);
        long admitted = calls - refused;
        long[] served = {
            delta(before, after, 0, "otp_request_duration_seconds_count", "operation", "verifyAuthentication"),
            delta(before, after, 1, "otp_request_duration_seconds_count", "operation", "verifyAuthentication")
        };
        long[] limited = {
            delta(before, after, 0, "otp_requests_rate_limited_total", "dialect", "wallet"),
            delta(before, after, 1, "otp_requests_rate_limited_total", "dialect", "wallet")
        };
        long reserved = trafficCounted(partner.clientId(), started.truncatedTo(ChronoUnit.MINUTES));
        Figures.print(
                "Cluster: traffic limit " + PER_MINUTE + " a minute, " + calls
                        + " parallel verifyAuthentication through HAProxy",
                String.format(
                        Locale.ROOT,
                        "in %.1f s: admitted %d, refused %d %s; served by node 1 %d (refused %d), by node 2 %d"
                                + " (refused %d); reserved in the database %d",
                        Duration.between(started, ended).toMillis() / 1000.0,
                        admitted,
                        refused,
                        counted,
                        served[0],
                        limited[0],
                        served[1],
                        limited[1],
                        reserved));

        assertEquals(
                started.truncatedTo(ChronoUnit.MINUTES),
                ended.truncatedTo(ChronoUnit.MINUTES),
                "the burst must fit in one minute to count one window");
        assertEquals(PER_MINUTE, admitted, "exactly the limit admitted while both nodes keep getting calls");
        assertEquals(0, counted.getOrDefault("UNKNOWN_EXCEPTION", 0L), counted.toString());
        assertTrue(served[0] > 0 && served[1] > 0, "HAProxy spread them over both nodes");
        assertEquals(refused, limited[0] + limited[1], "each refusal counted by the node that made it");
    }

    @Test
    @Order(12)
    void theSurvivingNodeTakesOverTheDeadNodesLeasedNotificationsWhenTheLeaseEnds() throws Exception {
        Partner partner = Partner.register();
        CardSystem cards = CardSystem.register();
        try (HoldingReceiver receiver = new HoldingReceiver(partner)) {
            partner.notifiedAt(receiver.url()).preferenceOn();

            List<String> created = inParallel(
                    HELD,
                    4,
                    i -> cards.create(CardSystem.challenge(partner.clientId(), Fresh.phone()))
                            .resultCode());
            // all claimed and in flight, each held at the receiver by the node that claimed it; the nodes give up
            // waiting for an answer after 10 s (read timeout), so the kill and the release come well before that
            Instant firstArrived = awaitArrivals(receiver, HELD);
            // the kill 3 s after the last claim: a lease that ends within the lease of the kill leaves the next pulse
            // 3 s to take it over
            PayaraServer.pause(Duration.ofSeconds(3));
            List<HoldingReceiver.Arrival> held = receiver.arrivals();
            List<Long> pids = List.of(cluster.payara(1).pid(), cluster.payara(2).pid());
            Map<Long, Integer> holding = SocketOwners.count(
                    held.stream().map(HoldingReceiver.Arrival::clientPort).toList(), receiver.port(), pids);
            int victim = holding.getOrDefault(pids.get(0), 0) >= holding.getOrDefault(pids.get(1), 0) ? 1 : 2;
            int survivor = 3 - victim;

            Instant killed = Instant.now();
            cluster.payara(victim).kill(); // returns once the JVM is gone, its connections with it
            receiver.release(); // the survivor's attempts are acknowledged; the dead node's connections are gone
            PayaraServer.pause(Duration.ofSeconds(2));
            Map<String, Instant> leased = leasedNotifications(partner.clientId());

            Instant deadline = killed.plus(LEASE).plusSeconds(20);
            while (Instant.now().isBefore(deadline) && !allSentTwice(receiver, leased.keySet())) {
                PayaraServer.pause(Duration.ofMillis(100));
            }
            PayaraServer.pause(Duration.ofSeconds(3)); // a third copy would show
            Map<String, List<Instant>> copies = copies(receiver);
            Map<String, String> statuses = statuses(partner.clientId());

            List<Duration> killToTakeover = new ArrayList<>();
            List<Duration> killToLeaseEnd = new ArrayList<>();
            List<Duration> leaseEndToTakeover = new ArrayList<>();
            List<Duration> leaseAfterFirstCopy = new ArrayList<>();
            leased.forEach((id, leaseEnd) -> {
                List<Instant> both = copies.getOrDefault(id, List.of());
                killToLeaseEnd.add(Duration.between(killed, leaseEnd));
                if (!both.isEmpty()) {
                    leaseAfterFirstCopy.add(Duration.between(both.get(0), leaseEnd));
                }
                if (both.size() > 1) {
                    killToTakeover.add(Duration.between(killed, both.get(1)));
                    leaseEndToTakeover.add(Duration.between(leaseEnd, both.get(1)));
                }
            });
            long survivorsOnce = copies.entrySet().stream()
                    .filter(entry -> !leased.containsKey(entry.getKey()))
                    .filter(entry -> entry.getValue().size() == 1)
                    .count();
            Figures.print(
                    "Cluster: node " + victim + " killed holding leased partner notifications (lease "
                            + LEASE.toSeconds() + " s)",
                    String.format(
                            Locale.ROOT,
                            "%d notifications in flight at the receiver, %.1f s after the first arrived: node 1 held %d,"
                                    + " node 2 %d; node %d killed%n"
                                    + "leased to the dead node: %d, leases ending %s after the kill (lease %s after"
                                    + " the first copy arrived)%n"
                                    + "taken over by node %d: %d, %s after the kill, %s after each lease ended%n"
                                    + "the survivor's own: %d, acknowledged at the release, delivered once: %d;"
                                    + " statuses %s",
                            held.size(),
                            Duration.between(firstArrived, killed).toMillis() / 1000.0,
                            holding.getOrDefault(pids.get(0), 0),
                            holding.getOrDefault(pids.get(1), 0),
                            victim,
                            leased.size(),
                            range(killToLeaseEnd),
                            range(leaseAfterFirstCopy),
                            survivor,
                            killToTakeover.size(),
                            range(killToTakeover),
                            range(leaseEndToTakeover),
                            held.size() - leased.size(),
                            survivorsOnce,
                            counted(new ArrayList<>(statuses.values()))));

            assertEquals(
                    List.of(),
                    created.stream().filter(code -> !code.equals("SUCCESS")).toList());
            assertEquals(HELD, held.size(), "every notification in flight before the kill");
            assertEquals(
                    (int) holding.getOrDefault(pids.get(victim - 1), 0),
                    leased.size(),
                    "the rows still leased after the release are exactly those the dead node held");
            assertTrue(!leased.isEmpty(), "the dead node held notifications");
            assertEquals(leased.size(), killToTakeover.size(), "each taken over: " + copies);
            for (int i = 0; i < leased.size(); i++) {
                assertTrue(
                        !leaseEndToTakeover.get(i).isNegative(),
                        "no node takes a notification before its lease ends: " + leaseEndToTakeover);
                assertTrue(
                        killToTakeover.get(i).compareTo(LEASE) <= 0,
                        "taken over within the lease of the kill: " + killToTakeover);
            }
            assertTrue(copies.values().stream().allMatch(list -> list.size() <= 2), "no third copy: " + copies);
            assertEquals(held.size() - leased.size(), survivorsOnce, "the survivor's own sent once: " + copies);
            assertEquals(Map.of("ACKED", (long) HELD), counted(new ArrayList<>(statuses.values())));
        }
    }

    private List<NodeMeters> meters() {
        return List.of(NodeMeters.of(cluster.node(1)), NodeMeters.of(cluster.node(2)));
    }

    private static long delta(
            List<NodeMeters> before, List<NodeMeters> after, int node, String name, String label, String value) {
        return after.get(node).value(name, label, value) - before.get(node).value(name, label, value);
    }

    private static Map<String, Long> counted(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(value -> value, TreeMap::new, Collectors.counting()));
    }

    /** Waits until every accepted request's message has arrived, then a little longer for any second copy. */
    private static Deliveries awaitDeliveries(TestBed bed, WebhookReceiver webhook, List<Sent> sent) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && !allArrived(Deliveries.collect(bed.mail, webhook), sent)) {
            PayaraServer.pause(Duration.ofMillis(500));
        }
        PayaraServer.pause(Duration.ofSeconds(5));
        return Deliveries.collect(bed.mail, webhook);
    }

    private static boolean allArrived(Deliveries delivered, List<Sent> sent) {
        return sent.stream()
                .filter(Sent::accepted)
                .noneMatch(one -> delivered.to(one.channel(), one.address()).isEmpty());
    }

    /** When the first of {@code count} arrivals came, once all have or 5 s after the first. */
    private static Instant awaitArrivals(HoldingReceiver receiver, int count) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (receiver.arrivals().isEmpty() && Instant.now().isBefore(deadline)) {
            PayaraServer.pause(Duration.ofMillis(20));
        }
        assertTrue(!receiver.arrivals().isEmpty(), "no notification reached the receiver within 30 s");
        Instant first = receiver.arrivals().get(0).at();
        while (receiver.arrivals().size() < count && Instant.now().isBefore(first.plusSeconds(5))) {
            PayaraServer.pause(Duration.ofMillis(20));
        }
        return first;
    }

    private static boolean allSentTwice(HoldingReceiver receiver, Set<String> ids) {
        Map<String, List<Instant>> copies = copies(receiver);
        return ids.stream().allMatch(id -> copies.getOrDefault(id, List.of()).size() >= 2);
    }

    private static Map<String, List<Instant>> copies(HoldingReceiver receiver) {
        Map<String, List<Instant>> copies = new HashMap<>();
        for (HoldingReceiver.Arrival arrival : receiver.arrivals()) {
            copies.computeIfAbsent(arrival.notificationId(), id -> new ArrayList<>())
                    .add(arrival.at());
        }
        return copies;
    }

    private static String range(List<Duration> durations) {
        if (durations.isEmpty()) {
            return "(none)";
        }
        double min = durations.stream().mapToLong(Duration::toMillis).min().orElseThrow() / 1000.0;
        double max = durations.stream().mapToLong(Duration::toMillis).max().orElseThrow() / 1000.0;
        return String.format(Locale.ROOT, min == max ? "%.1f s" : "%.1f to %.1f s", min, max);
    }

    /** The client's notifications still claimed (a claim token) and pending, with the end of each one's lease. */
    private static Map<String, Instant> leasedNotifications(String clientId) throws SQLException {
        Map<String, Instant> leased = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                PreparedStatement query =
                        connection.prepareStatement("SELECT notification_id, next_attempt_at FROM ntf_webhook"
                                + " WHERE client_id = ? AND status = 'PENDING' AND claim_token IS NOT NULL")) {
            query.setString(1, clientId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    leased.put(
                            rows.getString(1),
                            rows.getObject(2, java.time.OffsetDateTime.class).toInstant());
                }
            }
        }
        return leased;
    }

    private static Map<String, String> statuses(String clientId) throws SQLException {
        Map<String, String> statuses = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                PreparedStatement query = connection.prepareStatement(
                        "SELECT notification_id, status FROM ntf_webhook WHERE client_id = ?")) {
            query.setString(1, clientId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return statuses;
    }

    /** What the nodes reserved of the client's minute in the shared count. */
    private static long trafficCounted(String clientId, Instant minute) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                PreparedStatement query =
                        connection.prepareStatement("SELECT COALESCE(SUM(request_count), 0) FROM auth_client_traffic"
                                + " WHERE client_id = ? AND window_start = ?")) {
            query.setString(1, clientId);
            query.setObject(2, java.time.OffsetDateTime.ofInstant(minute, java.time.ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long count(String table, String idColumn, String pattern) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM " + table + " WHERE " + idColumn + " LIKE ?")) {
            query.setString(1, pattern);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Test data straight in the cluster's database: text, instants and numbers as parameters. */
    private static void sql(String statement, Object... values) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ServerUnderTest.jdbcUrl());
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i] instanceof Instant instant
                        ? java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC)
                        : values[i];
                prepared.setObject(i + 1, value);
            }
            prepared.executeUpdate();
        }
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

    private static <T> List<T> inParallel(int count, Function<Integer, T> call) throws Exception {
        return inParallel(count, count, call);
    }

    /** {@code count} calls on {@code threads} threads, their answers in the calls' order. */
    private static <T> List<T> inParallel(int count, int threadCount, Function<Integer, T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(threadCount);
        try {
            List<Future<T>> answers = IntStream.range(0, count)
                    .mapToObj(i -> threads.submit(() -> call.apply(i)))
                    .toList();
            List<T> all = new ArrayList<>();
            for (Future<T> answer : answers) {
                all.add(answer.get());
            }
            return all;
        } finally {
            threads.shutdown();
        }
    }
}
