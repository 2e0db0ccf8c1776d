package dev.otpserver.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The figures of a run, per channel: requests sent and accepted, accepted ones delivered once, lost (never
 * delivered), and addresses delivered more than once; only this load's addresses, since the receivers also hold
 * other tests' messages. A second copy is excused only when the first one arrived at most {@link #IN_FLIGHT} before
 * a kill (the moment of its SIGKILL): sent, but killed before the server could record it (delivery is at least
 * once). A receiver notes a copy a moment after its bytes came ({@link #RECEIPT_LAG}), bytes the kernel had on their
 * way at the kill among them.
 */
record DeliveryTally(
        String channel,
        int sent,
        int accepted,
        int deliveredOnce,
        int deliveredAfterAKill,
        List<String> lost,
        List<String> duplicatesInFlight,
        List<String> duplicates) {

    static final Duration IN_FLIGHT = Duration.ofSeconds(1);
    static final Duration RECEIPT_LAG = Duration.ofMillis(100);
    static final List<String> CHANNELS = List.of("EMAIL", "SMS", "WEBHOOK");

    static DeliveryTally of(String channel, List<Sent> load, Deliveries delivered, List<Instant> kills) {
        List<Sent> mine =
                load.stream().filter(sent -> sent.channel().equals(channel)).toList();
        List<Sent> accepted = mine.stream().filter(Sent::accepted).toList();
        List<String> lost = accepted.stream()
                .map(Sent::address)
                .filter(address -> delivered.to(channel, address).isEmpty())
                .toList();
        int once = (int) accepted.stream()
                .filter(sent -> delivered.to(channel, sent.address()).size() == 1)
                .count();
        int afterAKill = (int) accepted.stream()
                .filter(sent -> waitedForARestart(sent, delivered.to(channel, sent.address()), kills))
                .count();
        List<String> inFlight = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (Sent sent : mine) {
            List<Instant> copies = delivered.to(channel, sent.address());
            if (copies.size() > 1) {
                (firstLeftJustBeforeAKill(copies, kills) ? inFlight : duplicates)
                        .add(described(sent.address(), copies, kills));
            }
        }
        return new DeliveryTally(channel, mine.size(), accepted.size(), once, afterAKill, lost, inFlight, duplicates);
    }

    String line() {
        return String.format(
                "%-8s sent %5d  accepted %5d  delivered once %5d (after a restart %4d)  lost %3d  duplicates %3d (in flight at a kill %d)",
                channel,
                sent,
                accepted,
                deliveredOnce,
                deliveredAfterAKill,
                lost.size(),
                duplicates.size() + duplicatesInFlight.size(),
                duplicatesInFlight.size());
    }

    /** Lists, after the tally line, each address delivered more than once and when its copies left. */
    String details() {
        StringBuilder text = new StringBuilder();
        duplicatesInFlight.forEach(one -> text.append("  ")
                .append(channel)
                .append(" in flight at a kill: ")
                .append(one)
                .append('\n'));
        duplicates.forEach(one -> text.append("  ")
                .append(channel)
                .append(" DUPLICATE: ")
                .append(one)
                .append('\n'));
        return text.toString();
    }

    private static String described(String address, List<Instant> copies, List<Instant> kills) {
        Instant first = Collections.min(copies);
        Instant kill = kills.stream()
                .min((a, b) -> Long.compare(
                        Math.abs(Duration.between(first, a).toMillis()),
                        Math.abs(Duration.between(first, b).toMillis())))
                .orElse(first);
        StringBuilder text = new StringBuilder(address)
                .append(": ")
                .append(copies.size())
                .append(" copies; the first ")
                .append(Duration.between(first, kill).toMillis())
                .append(" ms before kill ")
                .append(kills.indexOf(kill) + 1)
                .append(", then after the kill at");
        copies.stream()
                .filter(copy -> !copy.equals(first))
                .sorted()
                .forEach(copy -> text.append(" +")
                        .append(Duration.between(kill, copy).toMillis())
                        .append(" ms"));
        return text.toString();
    }

    /** Accepted before a kill, still queued when it came: delivered by the restarted server from the outbox. */
    private static boolean waitedForARestart(Sent sent, List<Instant> copies, List<Instant> kills) {
        return !copies.isEmpty()
                && kills.stream()
                        .filter(kill -> kill.isAfter(sent.at()))
                        .min(Instant::compareTo)
                        .map(kill -> Collections.min(copies).isAfter(kill))
                        .orElse(false);
    }

    private static boolean firstLeftJustBeforeAKill(List<Instant> copies, List<Instant> kills) {
        Instant first = Collections.min(copies);
        return kills.stream()
                .anyMatch(kill -> !first.isAfter(kill.plus(RECEIPT_LAG)) && first.isAfter(kill.minus(IN_FLIGHT)));
    }
}
