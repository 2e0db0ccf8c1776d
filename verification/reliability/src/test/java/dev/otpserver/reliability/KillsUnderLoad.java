package dev.otpserver.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.CardSystem;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The load of {@link MessageLoad} (email, SMS, partner webhook) sent to the server under test, a server JVM killed
 * with SIGKILL in each round and started again, then the proof: every request answered SUCCESS has its message
 * delivered, none twice except a copy whose sending a kill cut short before it was recorded (at least once).
 */
final class KillsUnderLoad {

    private static final int USERS_PER_ROUND = 250;
    private static final int THREADS = 4;
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(12);
    private static final Duration DELIVERY_WAIT = Duration.ofMinutes(3);
    /** Longer than the claim lease of a notification cut short by the kill (10 s), so a late second copy shows. */
    private static final Duration SETTLE = Duration.ofSeconds(15);

    private KillsUnderLoad() {}

    /**
     * Runs the rounds: {@code kill} of round n (returning the moment of its SIGKILL, once the node is dead), load for
     * {@code afterKill} more, then {@code restart} of round n, which
     * says how the server came back; prints the figures under {@code heading} and asserts none lost, none twice.
     */
    static void deliverEverything(
            TestBed bed,
            String heading,
            int rounds,
            Duration afterKill,
            IntFunction<Instant> kill,
            IntFunction<String> restart) {
        Partner wallet = Partner.register();
        Partner cardPartner = Partner.register();
        CardSystem cards = CardSystem.register();
        try (WebhookReceiver webhook = new WebhookReceiver(cardPartner, WebhookReceiver.Behaviour.ACK)) {
            cardPartner.notifiedAt(webhook.url()).preferenceOn();
            List<Sent> sent = new ArrayList<>();
            List<Instant> kills = new ArrayList<>();
            StringBuilder restarts = new StringBuilder();
            for (int round = 1; round <= rounds; round++) {
                MessageLoad load = new MessageLoad(
                        wallet, Recipient.create(wallet.clientId(), USERS_PER_ROUND), cards, cardPartner.clientId());
                load.start(THREADS);
                PayaraServer.pause(LOAD_BEFORE_KILL);
                int recipientsLeft = load.recipientsLeft();
                kills.add(kill.apply(round));
                PayaraServer.pause(afterKill);
                sent.addAll(load.stop());
                restarts.append("kill ")
                        .append(round)
                        .append(" (wallet recipients left unused at the kill: ")
                        .append(recipientsLeft)
                        .append("): ")
                        .append(restart.apply(round))
                        .append('\n');
            }
            Deliveries delivered = awaitDeliveries(bed, webhook, sent);
            List<DeliveryTally> tallies = DeliveryTally.CHANNELS.stream()
                    .map(channel -> DeliveryTally.of(channel, sent, delivered, kills))
                    .toList();
            Figures.print(
                    heading,
                    restarts
                            + tallies.stream().map(DeliveryTally::line).collect(Collectors.joining("\n")) + "\n"
                            + tallies.stream().map(DeliveryTally::details).collect(Collectors.joining()));

            for (DeliveryTally tally : tallies) {
                assertTrue(tally.accepted() > 0, tally.channel() + ": the load got no SUCCESS");
                assertEquals(List.of(), tally.lost(), tally.channel() + ": accepted but never delivered");
                assertEquals(
                        List.of(),
                        tally.duplicates(),
                        tally.channel() + ": delivered twice though not in flight at a kill");
            }
        }
    }

    /** Waits until every accepted request's message has arrived, then a little longer for any late second copy. */
    private static Deliveries awaitDeliveries(TestBed bed, WebhookReceiver webhook, List<Sent> sent) {
        Instant deadline = Instant.now().plus(DELIVERY_WAIT);
        while (Instant.now().isBefore(deadline) && !allArrived(Deliveries.collect(bed.mail, webhook), sent)) {
            PayaraServer.pause(Duration.ofSeconds(1));
        }
        PayaraServer.pause(SETTLE);
        return Deliveries.collect(bed.mail, webhook);
    }

    private static boolean allArrived(Deliveries delivered, List<Sent> sent) {
        return sent.stream()
                .filter(Sent::accepted)
                .noneMatch(one -> delivered.to(one.channel(), one.address()).isEmpty());
    }
}
