package dev.otpserver.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PaymentPlatform;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's PostgreSQL stopped (immediate: as a crash) under load and started again: meanwhile every
 * answer is the dialect's own error, never an HTML page or a stack trace; afterwards the same server, not
 * restarted, answers SUCCESS again by itself within {@link #RECOVERY_LIMIT}.
 */
@ExtendWith(TestBedExtension.class)
class DatabaseOutageTest {

    private static final Duration BEFORE = Duration.ofSeconds(4);
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);
    private static final int THREADS = 4;

    @Test
    void duringTheOutageEachDialectAnswersItsOwnErrorAndAfterwardsTheServerRecoversByItself(TestBed bed) {
        Partner partner = Partner.register();
        DialectProbe probe =
                new DialectProbe(partner, PaymentPlatform.register(), Recipient.create(partner.clientId(), 250));
        long serverPid = bed.payara.pid();
        ProbeLoad load = new ProbeLoad(probe);
        load.start(THREADS);
        PayaraServer.pause(BEFORE);
        Instant stopping = Instant.now();
        bed.database.stopImmediately();
        Instant down = Instant.now();
        PayaraServer.pause(OUTAGE);
        Instant restarting = Instant.now();
        TestBed.retried(bed.database::start);
        Instant up = Instant.now();
        Map<String, Optional<Duration>> recovery = awaitRecovery(load, up);
        List<Answer> answers = load.stop();

        List<Answer> duringOutage = answers.stream()
                .filter(a -> a.sent().isAfter(down) && a.answered().isBefore(restarting))
                .toList();
        Figures.print(
                "Database stopped for " + OUTAGE.toSeconds() + " s under load",
                figures(answers, duringOutage, recovery, up, restarting));

        assertEquals(
                List.of(),
                answers.stream()
                        .filter(a -> !a.wellFormed())
                        .map(Answer::toString)
                        .toList(),
                "answers in no dialect's shape");
        assertEquals(
                List.of(),
                duringOutage.stream()
                        .filter(a -> !a.outageError())
                        .map(Answer::toString)
                        .toList(),
                "answers during the outage other than the dialect's error");
        for (String api : ProbeLoad.apis()) {
            assertTrue(
                    duringOutage.stream().anyMatch(a -> a.api().equals(api)),
                    api + " was not called during the outage");
            assertTrue(
                    recovery.get(api).isPresent(),
                    api + " did not succeed within " + RECOVERY_LIMIT + " after the database came back");
        }
        assertEquals(serverPid, bed.payara.pid(), "the same server JVM recovered, not a restarted one");
        assertEquals(
                List.of(),
                answers.stream()
                        .filter(a -> a.answered().isBefore(stopping) && !a.success())
                        .map(Answer::toString)
                        .toList(),
                "before the outage, everything succeeds");
    }

    /** For each API, how long after the database was back (accepting connections) its first success came. */
    private static Map<String, Optional<Duration>> awaitRecovery(ProbeLoad load, Instant up) {
        Instant deadline = up.plus(RECOVERY_LIMIT);
        Map<String, Optional<Duration>> recovery = recoveredSoFar(load.answersSoFar(), up);
        while (recovery.values().stream().anyMatch(Optional::isEmpty)
                && Instant.now().isBefore(deadline)) {
            PayaraServer.pause(Duration.ofMillis(250));
            recovery = recoveredSoFar(load.answersSoFar(), up);
        }
        return recovery;
    }

    private static Map<String, Optional<Duration>> recoveredSoFar(List<Answer> answers, Instant up) {
        Map<String, Optional<Duration>> recovery = new TreeMap<>();
        for (String api : ProbeLoad.apis()) {
            recovery.put(
                    api,
                    answers.stream()
                            .filter(a -> a.api().equals(api)
                                    && a.success()
                                    && a.sent().isAfter(up))
                            .map(a -> Duration.between(up, a.answered()))
                            .min(Duration::compareTo));
        }
        return recovery;
    }

    private static String figures(
            List<Answer> answers,
            List<Answer> duringOutage,
            Map<String, Optional<Duration>> recovery,
            Instant up,
            Instant restarting) {
        StringBuilder text = new StringBuilder("answers during the outage, by kind:\n");
        duringOutage.stream()
                .collect(Collectors.groupingBy(a -> a.api() + ": " + a.form(), TreeMap::new, Collectors.counting()))
                .forEach((form, count) -> text.append(String.format("  %5d  %s%n", count, form)));
        text.append("slowest answer during the outage: ")
                .append(duringOutage.stream()
                        .map(a -> Duration.between(a.sent(), a.answered()).toMillis())
                        .max(Long::compare)
                        .orElse(0L))
                .append(" ms\n");
        text.append("PostgreSQL start took ")
                .append(Duration.between(restarting, up).toMillis())
                .append(" ms; then first success:\n");
        recovery.forEach((api, after) -> text.append(String.format(
                "  %-26s %s%n", api, after.map(d -> d.toMillis() + " ms").orElse("none"))));
        boolean all = recovery.values().stream().allMatch(Optional::isPresent);
        text.append("recovered (every API succeeds again, the same Payara JVM) after: ")
                .append(
                        !all
                                ? "not within " + RECOVERY_LIMIT
                                : recovery.values().stream()
                                                .map(Optional::get)
                                                .max(Duration::compareTo)
                                                .orElseThrow()
                                                .toMillis()
                                        + " ms")
                .append('\n');
        text.append("all answers of the test, by kind:\n");
        answers.stream()
                .collect(Collectors.groupingBy(a -> a.api() + ": " + a.form(), TreeMap::new, Collectors.counting()))
                .forEach((form, count) -> text.append(String.format("  %5d  %s%n", count, form)));
        return text.toString();
    }
}
