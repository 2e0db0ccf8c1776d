package dev.otpserver.systemtest.robustness;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.RawHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand malformed requests to every public endpoint (the signed gateway, the payment-integrator
 * dialect, the admin API, health, metrics, OpenAPI, odd paths): each answer is its dialect's refusal, with
 * no 5xx, no stack trace and no HTML page, and no table gains a row. The seed is fixed and printed; try
 * others with {@code -Dotp.it.fuzz-seed=<seed>}.
 */
class MalformedRequestsIT extends DeployedEar {

    private static final int REQUESTS = 10_000;
    /** The server has two cores; four senders keep it busy without starving it. */
    private static final int SENDERS = 4;
    /** The same requests in every build, so that a red build is the code's doing; other seeds explore further. */
    private static final long DEFAULT_SEED = -9223029404331755810L;

    private record Outcome(
            int index, String request, int status, boolean documented, boolean stackTrace, List<String> problems) {}

    @Test
    void tenThousandMalformedRequestsAreRefusedInTheirDialectAndChangeNothing() throws Exception {
        long seed = Long.getLong("otp.it.fuzz-seed", DEFAULT_SEED);
        System.out.println("MalformedRequestsIT seed " + seed + " (rerun with -Dotp.it.fuzz-seed=" + seed + ")");
        PaymentPlatform payments = PaymentPlatform.register();
        MalformedRequests requests = new MalformedRequests(
                seed, Partner.register(), Partner.register().disabled(), payments);
        AnswerCheck check = new AnswerCheck(payments);
        Map<String, Long> before = BusinessTables.rowCounts();

        long started = System.nanoTime();
        List<Outcome> outcomes = send(requests, check);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        Map<String, Long> after = BusinessTables.rowCounts();

        List<Outcome> failed = outcomes.stream()
                .filter(outcome -> !outcome.problems().isEmpty())
                .toList();
        System.out.println(summary(outcomes, seed, seconds));
        printKinds(failed);
        assertAll(
                "seed " + seed,
                () -> assertEquals(before, after, "no row added or removed"),
                () -> assertTrue(
                        failed.isEmpty(),
                        failed.size() + " bad answers, first: "
                                + failed.stream().limit(5).toList()));
    }

    private static List<Outcome> send(MalformedRequests requests, AnswerCheck check) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int index = i;
                futures.add(senders.submit(() -> {
                    MalformedRequest request = requests.request(index);
                    RawHttp.Response response = RawHttp.exchange(request.origin(), request.wire());
                    return new Outcome(
                            index,
                            request.describe(),
                            response.status(),
                            AnswerCheck.documented(request, response),
                            AnswerCheck.hasStackTrace(response),
                            check.problems(request, response));
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : futures) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            senders.shutdownNow();
        }
    }

    /** Each kind of bad answer once, with how often it came and the first request that got it. */
    private static void printKinds(List<Outcome> failed) {
        Map<String, List<Outcome>> kinds = new TreeMap<>();
        failed.forEach(outcome -> kinds.computeIfAbsent(
                        outcome.request().split(":")[0] + " " + outcome.status() + " "
                                + outcome.problems().toString().replaceAll("\\{.*", ""),
                        kind -> new ArrayList<>())
                .add(outcome));
        kinds.forEach((kind, outcomes) -> System.out.println("  " + outcomes.size() + " x " + kind + ", e.g. #"
                + outcomes.get(0).index() + " " + outcomes.get(0).problems() + " <- "
                + outcomes.get(0).request()));
    }

    /** The one line the README quotes. */
    private static String summary(List<Outcome> outcomes, long seed, long seconds) {
        Map<Integer, Long> histogram = new TreeMap<>();
        outcomes.forEach(outcome -> histogram.merge(outcome.status(), 1L, Long::sum));
        long serverErrors =
                outcomes.stream().filter(outcome -> outcome.status() >= 500).count();
        long documented = outcomes.stream()
                .filter(outcome -> outcome.documented() && outcome.status() >= 500)
                .count();
        long stackTraces = outcomes.stream().filter(Outcome::stackTrace).count();
        return "MalformedRequestsIT: " + outcomes.size() + " requests in " + seconds + " s (seed " + seed
                + "), HTTP statuses "
                + histogram + " (-1: connection closed without an answer), 5xx: " + serverErrors + " (" + documented
                + " of them the servers' own, documented), stack traces: " + stackTraces;
    }
}
